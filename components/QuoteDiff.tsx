import type { DiffSegment } from '@/core/diff';
import { t } from './i18n';

/** The original passage with what the page added, dropped or changed marked (legible without colour too). */
export function QuoteDiff({ segments }: { segments: readonly DiffSegment[] }) {
  return (
    <>
      {segments.map((segment, i) => {
        switch (segment.kind) {
          case 'same':
            return <span key={i}>{segment.text}</span>;
          case 'dropped':
            return (
              <del key={i} title={t('quoteDropped')}>
                {segment.text}
              </del>
            );
          case 'added':
            return (
              <ins key={i} title={t('quoteAdded')}>
                {segment.text}
              </ins>
            );
          case 'changed':
            return (
              <span key={i} class="changed" title={t('quoteChanged')}>
                <del>{segment.from}</del>
                <ins>{segment.to}</ins>
              </span>
            );
        }
      })}
    </>
  );
}
