/**
 * The input the card needs (pointer, keys, the context menu, scrolling), heard in
 * the capture phase on `window` from `document_start` — before any listener a
 * page script can register, so the page cannot swallow it — and passed on only
 * when the browser says the user made it (`event.isTrusted`): a page's synthetic
 * events open no card and press no button.
 *
 * The small listener script installs it at `document_start`; the main script,
 * which runs once the page is idle, subscribes. Content scripts of one extension
 * share their isolated world, where the page cannot see or reach this object.
 */

export interface InputEvents {
  pointermove: PointerEvent;
  keydown: KeyboardEvent;
  contextmenu: MouseEvent;
  scroll: Event;
  resize: UIEvent;
}
type InputType = keyof InputEvents;
type Handler<K extends InputType> = (event: InputEvents[K]) => void;

const TYPES: readonly InputType[] = ['pointermove', 'keydown', 'contextmenu', 'scroll', 'resize'];
const GLOBAL_KEY = Symbol.for('yuanwen.trusted-input');

export class TrustedInput {
  private readonly handlers = new Map<InputType, Set<Handler<never>>>();
  /** Where the user last opened the context menu (a menu check places its card there). */
  lastContextMenu: { x: number; y: number } | null = null;

  constructor(target: Window) {
    for (const type of TYPES) {
      // Passive except for keys: Escape on an open card is kept from the page.
      target.addEventListener(type, (event) => this.dispatch(type, event), {
        capture: true,
        passive: type !== 'keydown',
      });
    }
  }

  /** Calls `handler` for each trusted event of `type` until `signal` aborts. */
  on<K extends InputType>(type: K, handler: Handler<K>, signal: AbortSignal): void {
    if (signal.aborted) return;
    let set = this.handlers.get(type);
    if (!set) this.handlers.set(type, (set = new Set()));
    const entry = handler as Handler<never>;
    set.add(entry);
    signal.addEventListener('abort', () => set.delete(entry), { once: true });
  }

  private dispatch(type: InputType, event: Event): void {
    if (!event.isTrusted) return;
    if (type === 'contextmenu') {
      const { clientX: x, clientY: y } = event as MouseEvent;
      this.lastContextMenu = { x, y };
    }
    const set = this.handlers.get(type);
    if (set) for (const handler of [...set]) (handler as (event: Event) => void)(event);
  }
}

/** The listener installed at `document_start` (installed now if the listener script did not run). */
export function trustedInput(): TrustedInput {
  const world = globalThis as { [GLOBAL_KEY]?: TrustedInput };
  return (world[GLOBAL_KEY] ??= new TrustedInput(window));
}
