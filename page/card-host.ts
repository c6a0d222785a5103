/**
 * The one node Yuanwen adds to a page: the host of its card, created when a card
 * is first needed. The card lives in a *closed* shadow root, so page scripts can
 * neither read nor change what it says (`host.shadowRoot` is null to them, and
 * the page's `attachShadow` is not the one this isolated world calls); events
 * the page did not get from the user are stopped at the root before any button
 * hears them; and the card is a `popover="manual"` shown in the top layer, above
 * any z-index the page uses. The page can still remove or hide the host.
 */
import { render, type ComponentChild } from 'preact';

export const CARD_HOST_TAG = 'yuanwen-card';

/** Kept from the page's style sheets (inline `!important` wins over theirs); `all: initial` stops inheritance. */
const HOST_STYLE = [
  'all: initial !important',
  'display: block !important',
  'position: fixed !important',
  'inset: 0 auto auto 0 !important',
  'width: 0 !important',
  'height: 0 !important',
  'visibility: visible !important',
  'opacity: 1 !important',
  'transform: none !important',
  'filter: none !important',
].join('; ');

/** Events that could act on the card: only the user's own (trusted) ones reach its content. */
const GUARDED = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
  'focusin',
] as const;

export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
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
    this.raise();
    return mount;
  }

  hide(): void {
    if (!this.mount) return;
    render(null, this.mount);
    if (isOpenPopover(this.mount)) this.mount.hidePopover();
  }

  /**
   * Puts the card on top of the top layer again: a popover or dialog the page
   * opened after the card would otherwise cover it.
   */
  raise(): void {
    const mount = this.mount;
    if (!mount || typeof mount.showPopover !== 'function') return;
    if (isOpenPopover(mount)) mount.hidePopover();
    mount.showPopover();
  }

  /** Whether the page shows something of its own over the card (its middle or a corner). */
  covered(): boolean {
    const card = this.card;
    if (!card || !this.host) return false;
    const { left, top, right, bottom, width } = card.getBoundingClientRect();
    if (width === 0) return false;
    const inset = 4;
    const points = [
      [(left + right) / 2, (top + bottom) / 2],
      [left + inset, top + inset],
      [right - inset, top + inset],
      [left + inset, bottom - inset],
      [right - inset, bottom - inset],
    ] as const;
    return points.some(([x, y]) => {
      const element = document.elementFromPoint(x, y);
      return element !== null && element !== this.host;
    });
  }

  /** Moves the card (inside our shadow root; never a page node). */
  moveTo(left: number, top: number): void {
    if (!this.mount) return;
    this.mount.style.left = `${Math.round(left)}px`;
    this.mount.style.top = `${Math.round(top)}px`;
  }

  contains(node: EventTarget | null | undefined): boolean {
    return !!node && !!this.host && (node === this.host || (node instanceof Node && this.shadow!.contains(node)));
  }

  destroy(): void {
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.mount = null;
  }

  private ensure(): HTMLElement {
    if (this.mount && this.host?.isConnected) return this.mount;
    this.host?.remove();
    const host = document.createElement(CARD_HOST_TAG);
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'closed' });
    for (const type of GUARDED) {
      shadow.addEventListener(type, (event) => event.isTrusted || event.stopImmediatePropagation(), true);
    }
    const style = document.createElement('style');
    style.textContent = this.css;
    const mount = document.createElement('div');
    mount.className = 'mount';
    mount.setAttribute('popover', 'manual');
    shadow.append(style, mount);
    document.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    this.mount = mount;
    return mount;
  }
}

/** Whether a popover is shown (false where the browser has no popovers). */
function isOpenPopover(element: HTMLElement): boolean {
  return typeof element.hidePopover === 'function' && element.matches(':popover-open');
}
