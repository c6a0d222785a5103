import { useRef, useState } from 'preact/hooks';
import type { PageCheck } from '@/core/messages';
import type { TwoLineDiff } from '@/core/diff';
import { paragraphOf } from '@/core/page-report';
import { QuoteDiff } from './QuoteDiff';
import { VERDICTS } from './QuoteCard';
import { t } from './i18n';

/** The row's element id, for the statement's links back to it. */
export const checkRowId = (check: Pick<PageCheck, 'index'>) => `check-${check.index}`;

/** The verdict in words, as the quote card names it (a passage's own words for passages). */
export const checkVerdict = (check: Pick<PageCheck, 'verdict' | 'form'>) =>
  t(VERDICTS[check.verdict][check.form === 'passage' ? 'passage' : 'quoted']);

/** The page's words and the original on two lines; an altered one with its differences marked. */
function linesOf(check: PageCheck): TwoLineDiff {
  if (check.verdict === 'altered' && check.diff) return check.diff;
  const page = [{ text: check.text, change: 'same' as const }];
  if (check.verdict === 'unmatched' || !check.original) return { page, original: [] };
  return { page, original: [{ text: check.original, change: 'same' }] };
}

/**
 * Every check on the page, problems first, as one list: a row per check with its verdict in words and
 * by shape, where in the statement it comes from, and both lines. Arrow keys move between rows (one
 * tab stop for the list); Enter or a click shows the check on the page.
 */
export function CheckList({
  checks,
  onReveal,
}: {
  checks: readonly PageCheck[];
  onReveal: (check: PageCheck) => void;
}) {
  const [active, setActive] = useState(0);
  const rows = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.min(active, checks.length - 1);
  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(checks.length - 1, i));
    setActive(next);
    rows.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: checks.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    moveTo(moves[event.key]!);
  };
  return (
    <ol class="check-list" aria-label={t('panelChecksLabel')} onKeyDown={onKeyDown}>
      {checks.map((check, i) => {
        const paragraph = paragraphOf(check);
        return (
          <li key={`${check.index}:${check.text}`}>
            <button
              type="button"
              id={checkRowId(check)}
              ref={(element) => void (rows.current[i] = element)}
              class={`check-row is-${check.verdict} is-${check.form}`}
              tabIndex={i === current ? 0 : -1}
              onFocus={() => setActive(i)}
              onClick={() => {
                setActive(i);
                onReveal(check);
              }}
            >
              <span class="check-head">
                <span class="check-verdict">
                  <span class="check-shape" aria-hidden="true">
                    {VERDICTS[check.verdict].symbol}
                  </span>{' '}
                  {checkVerdict(check)}
                </span>
                {paragraph !== undefined && (
                  <span class="check-where">
                    {check.verdict === 'unmatched'
                      ? t('quoteClosest', String(paragraph))
                      : t('panelParagraph', String(paragraph))}
                  </span>
                )}
              </span>
              <QuoteDiff diff={linesOf(check)} legend={false} />
              {check.verdict === 'unmatched' && <span class="check-note">{t('quoteNotInStatement')}</span>}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
