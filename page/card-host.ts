/**
 * The one node Yuanwen adds to a page: the host of its card, created lazily,
 * with an open shadow root so the page's styles cannot reach in (and `all:
 * initial` so they cannot reach the host either).
 */
import { render, type ComponentChild } from 'preact';

export const CARD_HOST_TAG = 'yuanwen-card';

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;

  constructor(private readonly css: string) {}

  get element(): HTMLElement | null {
    return this.host;
  }

  /** The card's outer element, once rendered. */
  get card(): HTMLElement | null {
    return (this.mount?.firstElementChild as HTMLElement | null) ?? null;
  }

  show(content: ComponentChild): HTMLElement {
    const mount = this.ensure();
    render(content, mount);
    mount.hidden = false;
    return mount;
  }

  hide(): void {
    if (!this.mount) return;
    render(null, this.mount);
    this.mount.hidden = true;
  }

  /** Moves the card (inside our shadow root; never a page node). */
  moveTo(left: number, top: number): void {
    if (!this.mount) return;
    this.mount.style.left = `${Math.round(left)}px`;
    this.mount.style.top = `${Math.round(top)}px`;
  }

  contains(node: EventTarget | null | undefined): boolean {
    return (
      !!node && !!this.host && (node === this.host || (node instanceof Node && this.host.shadowRoot!.contains(node)))
    );
  }

  destroy(): void {
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  private ensure(): HTMLElement {
    if (this.mount && this.host?.isConnected) return this.mount;
    this.host = document.createElement(CARD_HOST_TAG);
    this.host.setAttribute(
      'style',
      'all: initial !important; position: fixed !important; top: 0; left: 0; z-index: 2147483647;',
    );
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = this.css;
    this.mount = document.createElement('div');
    this.mount.className = 'mount';
    this.mount.hidden = true;
    shadow.append(style, this.mount);
    document.documentElement.append(this.host);
    return this.mount;
  }
}
