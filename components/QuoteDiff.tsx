import type { DiffSegment } from '@/core/diff';

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
              <del key={i} title="页面删去 Dropped by the page">
                {segment.text}
              </del>
            );
          case 'added':
            return (
              <ins key={i} title="页面添加 Added by the page">
                {segment.text}
              </ins>
            );
          case 'changed':
            return (
              <span key={i} class="changed" title="页面改动 Changed by the page">
                <del>{segment.from}</del>
                <ins>{segment.to}</ins>
              </span>
            );
        }
      })}
    </>
  );
}
