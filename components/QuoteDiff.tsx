import type { DiffPart, TwoLineDiff } from '@/core/diff';
import { t } from './i18n';

/** One line of the diff: the marked parts as <ins> (the page's side) or <del> (the original's side). */
function Line({ parts, side }: { parts: readonly DiffPart[]; side: 'page' | 'original' }) {
  return (
    <>
      {parts.map((part, i) => {
        if (part.change === 'same') return <span key={i}>{part.text}</span>;
        const title = t(part.change === 'changed' ? 'quoteChanged' : side === 'page' ? 'quoteAdded' : 'quoteDropped');
        return side === 'page' ? (
          <ins key={i} class={part.change} title={title}>
            {part.text}
          </ins>
        ) : (
          <del key={i} class={part.change} title={title}>
            {part.text}
          </del>
        );
      })}
    </>
  );
}

/**
 * The page's words and the original on two lines, as a code review shows a
 * change: what the page added or changed marked on its line, what it dropped
 * or changed marked on the original's. The legend's labels are plain text
 * beside a sample swatch (legible without colour: underline and strike-through).
 */
export function QuoteDiff({ diff, legend = true }: { diff: TwoLineDiff; legend?: boolean }) {
  return (
    <div class="card-diff">
      <p class="diff-line diff-page">
        <span class="diff-label">{t('quoteDiffPage')}</span>
        <span class="diff-text" lang="zh">
          <Line parts={diff.page} side="page" />
        </span>
      </p>
      {diff.original.length > 0 && (
        <p class="diff-line diff-original">
          <span class="diff-label">{t('quoteDiffOriginal')}</span>
          <span class="diff-text" lang="zh-Hans">
            <Line parts={diff.original} side="original" />
          </span>
        </p>
      )}
      {legend && (
        <p class="card-legend">
          <span class="legend-item">
            <span class="swatch swatch-page" aria-hidden="true" /> {t('quoteLegendPage')}
          </span>
          <span class="legend-item">
            <span class="swatch swatch-original" aria-hidden="true" /> {t('quoteLegendOriginal')}
          </span>
        </p>
      )}
    </div>
  );
}
