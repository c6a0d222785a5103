/**
 * Opens the card for the mark under the pointer (after a short delay), keeps
 * it open while the pointer is on the term or the card, and closes it on Escape
 * or when the pointer leaves. The keyboard command opens it on the next mark;
 * while the card has focus, single keys act on it (core/card-keys.ts). The card
 * follows its term when the page scrolls, and closes once the term has left the
 * viewport.
 */
import type { ComponentChild } from 'preact';
import { cardKeyAction, type CardActions } from '@/core/card-keys';
import { nextAfter, previousBefore } from '@/core/cycle';
import { placeCard } from '@/core/placement';
import type { CardHost } from './card-host';
import { itemAtPoint, liveRange, pointInRects } from './hit-test';
import type { TrustedInput } from './trusted-input';

export interface CardItem {
  range: AbstractRange;
}

export interface HoverCardOptions<T extends CardItem> {
  host: CardHost;
  /** The user's own pointer and key events, heard before the page's listeners. */
  input: TrustedInput;
  /** Items that may lie under a text node (hit testing picks the one under the pointer). */
  itemsNear: (node: Text) => readonly T[];
  /** Every item, in the order the keyboard steps through them. */
  allItems: () => T[];
  shadowRoots: () => ShadowRoot[];
  /** The card for an item; it fills in `actions` with what its `c` and `o` keys do. */
  renderCard: (item: T, close: () => void, actions: CardActions) => ComponentChild;
  /** Told which item's card is open (null: none), to show the current mark. */
  onShown?: (item: T | null) => void;
  openDelay: number;
  closeDelay: number;
  signal: AbortSignal;
}

export class HoverCard<T extends CardItem> {
  private shown: T | null = null;
  /** Opened on request (the context menu): stays until closed, whatever the pointer does. */
  private pinned = false;
  private openTimer = 0;
  private closeTimer = 0;
  private frame = 0;
  private coverFrame = 0;
  private lastPointer: { x: number; y: number } | null = null;
  /** Where a pinned card was opened (the context menu's point), for text no longer selected on the page. */
  private pinnedAt: { x: number; y: number } | null = null;
  /** Where focus was before the keyboard command moved it into the card. */
  private returnFocus: HTMLElement | null = null;
  /** What the shown card's `c` and `o` keys do. */
  private actions: CardActions = {};
  /** The shown term has been in the viewport since its card opened (leaving it then closes the card). */
  private termSeen = false;

  constructor(private readonly options: HoverCardOptions<T>) {
    const { signal, input } = options;
    input.on('pointermove', (event) => this.onPointerMove(event), signal);
    input.on('keydown', (event) => this.onKeyDown(event), signal);
    input.on('scroll', () => this.reposition(), signal);
    input.on('resize', () => this.reposition(), signal);
    signal.addEventListener('abort', () => {
      this.clearTimers();
      cancelAnimationFrame(this.frame);
      cancelAnimationFrame(this.coverFrame);
      options.host.destroy();
    });
  }

  get current(): T | null {
    return this.shown;
  }

  private onPointerMove(event: PointerEvent): void {
    this.lastPointer = { x: event.clientX, y: event.clientY };
    // Something the page put in the top layer after the card covers it: the card goes back on top.
    if (this.shown && !this.coverFrame) {
      this.coverFrame = requestAnimationFrame(() => {
        this.coverFrame = 0;
        if (this.shown && this.options.host.covered()) this.options.host.raise();
      });
    }
    if (this.options.host.contains(event.composedPath()[0])) {
      window.clearTimeout(this.closeTimer); // on the card: stay open
      return;
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.lastPointer) this.track(this.lastPointer.x, this.lastPointer.y);
    });
  }

  private track(x: number, y: number): void {
    const { host, itemsNear, shadowRoots, openDelay, closeDelay } = this.options;
    if (this.pinned) return;
    if (host.card && pointInRects([host.card.getBoundingClientRect()], x, y, 0)) return;
    const item = itemAtPoint(document, x, y, shadowRoots(), itemsNear);
    if (item && item === this.shown) {
      window.clearTimeout(this.closeTimer);
      return;
    }
    window.clearTimeout(this.openTimer);
    if (item) {
      this.openTimer = window.setTimeout(() => this.open(item, { x, y }), openDelay);
    } else if (this.shown) {
      window.clearTimeout(this.closeTimer);
      this.closeTimer = window.setTimeout(() => this.close(), closeDelay);
    }
  }

  /** Trusted keys only (TrustedInput): a page's synthetic key events act on no card. */
  private onKeyDown(event: KeyboardEvent): void {
    if (!this.shown) return;
    if (event.key === 'Escape') {
      this.close();
      event.stopPropagation();
      return;
    }
    // The other keys act only while the card has focus (inside its closed root, focus shows as the host).
    if (!this.options.host.element || document.activeElement !== this.options.host.element) return;
    const action = cardKeyAction(event);
    if (!action) return;
    // The card's keys are not the page's shortcuts.
    event.preventDefault();
    event.stopPropagation();
    if (action === 'next') this.next();
    else if (action === 'previous') this.previous();
    else if (action === 'copy') this.actions.copy?.();
    else if (action === 'open') this.actions.open?.();
  }

  /** Opens the card on the item after the current one (in `allItems` order). */
  next(): T | null {
    const item = nextAfter(this.options.allItems(), this.shown);
    if (item) this.reveal(item);
    return item;
  }

  /** Opens the card on the item before the current one. */
  previous(): T | null {
    const item = previousBefore(this.options.allItems(), this.shown);
    if (item) this.reveal(item);
    return item;
  }

  /** Scrolls an item into view, opens its card and moves focus into it (Tab reaches its buttons). */
  reveal(item: T): void {
    const element = item.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    if (!this.returnFocus && document.activeElement instanceof HTMLElement) this.returnFocus = document.activeElement;
    this.open(item, null);
    const card = this.options.host.card;
    if (card) {
      card.tabIndex = -1;
      card.focus({ preventScroll: true });
    }
  }

  open(item: T, pointer: { x: number; y: number } | null, pinned = false): void {
    this.clearTimers();
    this.shown = item;
    this.pinned = pinned;
    this.pinnedAt = pinned ? pointer : null;
    this.actions = {};
    this.termSeen = this.termInView() === true;
    this.options.host.show(this.options.renderCard(item, () => this.close(), this.actions));
    this.options.onShown?.(item);
    this.place(pointer);
  }

  close(): void {
    this.clearTimers();
    if (!this.shown) return;
    const hadFocus = this.options.host.contains(document.activeElement);
    this.shown = null;
    this.pinned = false;
    this.actions = {};
    this.options.host.hide();
    this.options.onShown?.(null);
    if (hadFocus) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** The page scrolled or resized: the card follows its term, and closes once the term has left the view. */
  private reposition(): void {
    if (!this.shown) return;
    const inView = this.termInView();
    // Only a term that was in view can leave it: a revealed term may still be scrolling in (smooth scrolling).
    if (inView === false && this.termSeen) return this.close();
    if (inView) this.termSeen = true;
    this.place(this.pinnedAt);
  }

  /** Whether any line of the shown term is in the viewport; null when it has no box (a collapsed anchor). */
  private termInView(): boolean | null {
    const range = this.shown && liveRange(this.shown.range);
    const rects = range ? [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0) : [];
    if (rects.length === 0) return null;
    const width = document.documentElement.clientWidth || window.innerWidth;
    return rects.some((r) => r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < width);
  }

  /** Beside the line of the term nearest the pointer (or its first line), inside the viewport. */
  private place(pointer: { x: number; y: number } | null): void {
    const { host } = this.options;
    const range = this.shown && liveRange(this.shown.range);
    const card = host.card;
    if (!range || !card) return;
    const rects = [...range.getClientRects()];
    const rect =
      (pointer && rects.find((r) => pointer.y >= r.top - 1 && pointer.y <= r.bottom + 1)) ??
      rects[0] ??
      (pointer ? new DOMRect(pointer.x, pointer.y, 0, 0) : range.getBoundingClientRect());
    const size = card.getBoundingClientRect();
    const { left, top } = placeCard(
      { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
      { width: size.width, height: size.height },
      { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight },
    );
    host.moveTo(left, top);
  }

  private clearTimers(): void {
    window.clearTimeout(this.openTimer);
    window.clearTimeout(this.closeTimer);
  }
}
