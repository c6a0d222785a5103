/**
 * Single-key actions on a card that has focus (as in 10ten Japanese Reader and Zhongwen): c copies the
 * clause with its citation, o opens it in the full text, n and p step to the next and previous mark,
 * Escape closes the card. Keys with Ctrl, Alt or Meta are the browser's and the page's, not ours.
 */

export type CardKeyAction = 'copy' | 'open' | 'next' | 'previous' | 'close';

/** What the shown card does for `copy` and `open` (filled in by the card as it renders). */
export interface CardActions {
  copy?: () => void;
  open?: () => void;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** An input method is composing: the key belongs to it. */
  isComposing?: boolean;
}

const KEYS: Record<string, CardKeyAction> = { c: 'copy', o: 'open', n: 'next', p: 'previous', escape: 'close' };

export function cardKeyAction(press: KeyPress): CardKeyAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.isComposing) return null;
  return KEYS[press.key.toLowerCase()] ?? null;
}
