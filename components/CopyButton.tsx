import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n';

type CopyState = 'idle' | 'copied' | 'failed';

interface CopyButtonProps {
  /** What the button says before copying. */
  label: string;
  /** Accessible name when the visible label is terse. */
  title?: string;
  text: () => string;
  copiedLabel?: string;
  failedLabel?: string;
  /** Hands out this button's copy (the card's `c` key copies as the button does, saying so on it). */
  register?: (copy: () => void) => void;
  /** The key that does the same while the card has focus (`aria-keyshortcuts`). */
  shortcut?: string;
}

/** Copies text to the clipboard and says, politely, whether it worked. */
export function CopyButton({
  label,
  title,
  text,
  copiedLabel = t('copied'),
  failedLabel = t('copyFailed'),
  register,
  shortcut,
}: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  register?.(() => void copy());

  return (
    <button
      type="button"
      class={`copy-button is-${state}`}
      aria-keyshortcuts={shortcut}
      title={title}
      // The accessible name starts with the visible label (WCAG 2.5.3, label in name), then says more.
      aria-label={title ? `${label} · ${title}` : undefined}
      onClick={copy}
    >
      <span aria-live="polite">{state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : label}</span>
    </button>
  );
}
