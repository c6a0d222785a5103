import type { Alignment, Verdict } from '@/core/align';
import { withCitation } from '@/core/cite';
import type { Statement } from '@/core/types';
import { CopyButton } from './CopyButton';
import { PassagePlace } from './MentionCard';
import { QuoteDiff } from './QuoteDiff';
import { t, type MessageKey } from './i18n';

export interface QuoteCardProps {
  /** The quotation as the page (or the selection) writes it. */
  quote: string;
  alignment: Alignment;
  statement: Statement;
  onOpenReader: (paragraph: number) => void;
  onClose: () => void;
}

const VERDICTS: Record<Verdict, { symbol: string; label: MessageKey }> = {
  verbatim: { symbol: '✓', label: 'quoteVerbatim' },
  altered: { symbol: '≠', label: 'quoteAltered' },
  unmatched: { symbol: '✗', label: 'quoteUnmatched' },
};
const NO_VERDICT = { symbol: '?', label: 'quoteNoVerdict' as MessageKey };

/** The quote card: the verdict in words, and the statement's own wording to compare. */
export function QuoteCard({ quote, alignment, statement, onOpenReader, onClose }: QuoteCardProps) {
  const verdict = alignment.verdict;
  const words = verdict ? VERDICTS[verdict] : NO_VERDICT;
  const paragraph = alignment.paragraphs[0];
  const where = paragraph ? statement.paragraphs[paragraph - 1] : undefined;
  const citeText = verdict === 'unmatched' ? where?.text : (alignment.original ?? where?.text);
  return (
    <div class={`card quote-card is-${verdict ?? 'none'}`} role="dialog" aria-label={t(words.label)}>
      <header class="card-header">
        <span class="card-verdict">
          <span aria-hidden="true">{words.symbol}</span> {t(words.label)}
        </span>
        <button type="button" class="card-close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="card-page-text">
        {t('quoteOnPage')} <q>{quote.length > 120 ? `${quote.slice(0, 120)}…` : quote}</q>
      </p>
      {verdict === 'altered' && alignment.diff && (
        <>
          <p class="card-where">{t('quoteOriginalWithChanges')}</p>
          <blockquote class="card-clause card-diff" lang="zh-Hans">
            <QuoteDiff segments={alignment.diff} />
          </blockquote>
          <p class="card-legend">
            <del>{t('quoteDropped')}</del> <ins>{t('quoteAdded')}</ins>
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
          {t('quoteNotInStatement')} {where ? t('quoteClosest', String(where.n)) : ''}
        </p>
      )}
      {where && (
        <>
          <PassagePlace section={statement.sections[where.section]?.heading ?? null} paragraph={where.n} />
          <div class="card-actions">
            {citeText && (
              <CopyButton label={t('cardCopyOriginal')} text={() => withCitation(citeText, where.n, 'zh')} />
            )}
            <button type="button" class="card-link" onClick={() => onOpenReader(where.n)}>
              {t('cardOpenFullText')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
