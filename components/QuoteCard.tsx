import type { Alignment } from '@/core/align';
import { withCitation } from '@/core/cite';
import type { Statement } from '@/core/types';
import { CopyButton } from './CopyButton';
import { QuoteDiff } from './QuoteDiff';

export interface QuoteCardProps {
  /** The quotation as the page (or the selection) writes it. */
  quote: string;
  alignment: Alignment;
  statement: Statement;
  onOpenReader: (paragraph: number) => void;
  onClose: () => void;
}

const VERDICTS = {
  verbatim: { symbol: '✓', zh: '与原文一致', en: 'Verbatim' },
  altered: { symbol: '≠', zh: '与原文有出入', en: 'Altered' },
  unmatched: { symbol: '✗', zh: '声明中没有这段话', en: 'Not in the statement' },
} as const;

/** The quote card: the verdict in words, and the statement's own wording to compare. */
export function QuoteCard({ quote, alignment, statement, onOpenReader, onClose }: QuoteCardProps) {
  const verdict = alignment.verdict;
  const words = verdict ? VERDICTS[verdict] : { symbol: '?', zh: '无法判断', en: 'No verdict' };
  const paragraph = alignment.paragraphs[0];
  const where = paragraph ? statement.paragraphs[paragraph - 1] : undefined;
  const section = where ? (statement.sections[where.section]?.heading ?? '序言') : null;
  const citeText = verdict === 'unmatched' ? where?.text : (alignment.original ?? where?.text);
  return (
    <div class={`card quote-card is-${verdict ?? 'none'}`} role="dialog" aria-label={`${words.zh} · ${words.en}`}>
      <header class="card-header">
        <div>
          <span class="card-verdict">
            <span aria-hidden="true">{words.symbol}</span> {words.zh}
          </span>
          <span class="card-english">{words.en}</span>
        </div>
        <button type="button" class="card-close" aria-label="关闭 Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="card-page-text">
        页面引文 Quoted on the page: <q>{quote.length > 120 ? `${quote.slice(0, 120)}…` : quote}</q>
      </p>
      {verdict === 'altered' && alignment.diff && (
        <>
          <p class="card-where">原文 Original wording, with the page's changes:</p>
          <blockquote class="card-clause card-diff" lang="zh-Hans">
            <QuoteDiff segments={alignment.diff} />
          </blockquote>
          <p class="card-legend">
            <del>删去 dropped</del> <ins>添加 added</ins>
          </p>
        </>
      )}
      {verdict === 'verbatim' && where && (
        <blockquote class="card-clause" lang="zh-Hans">
          {where.text}
        </blockquote>
      )}
      {verdict === 'unmatched' && (
        <p class="card-unmatched">
          《中美联合声明》全文中没有与这段引文对应的文字。The 1997 statement contains no such passage.
          {where ? ` 最接近的段落 Closest paragraph: ¶${where.n}` : ''}
        </p>
      )}
      {where && (
        <>
          <p class="card-where">
            《中美联合声明》· {section} · 第{where.n}段 ¶{where.n}
          </p>
          <div class="card-actions">
            {citeText && (
              <CopyButton
                label="复制原文及出处 Copy original with citation"
                text={() => withCitation(citeText, where.n, 'zh')}
              />
            )}
            <button type="button" class="card-link" onClick={() => onOpenReader(where.n)}>
              查看全文 Open in full text
            </button>
          </div>
        </>
      )}
    </div>
  );
}
