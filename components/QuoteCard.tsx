import type { Alignment, ReaderView, Verdict } from '@/core/align';
import type { CardActions } from '@/core/card-keys';
import { withCitation, type CitationLanguage } from '@/core/cite';
import { excerptRenderings } from '@/core/renderings';
import type { Statement } from '@/core/types';
import { CardKeysHint } from './CardKeysHint';
import { CheckPageButton } from './CheckPageButton';
import { CopyButton } from './CopyButton';
import { MarkedText } from './MarkedText';
import { PassagePlace } from './PassagePlace';
import { QuoteDiff } from './QuoteDiff';
import { RenderingLines } from './Renderings';
import type { RenderingsShown } from './StatementText';
import { t, type MessageKey } from './i18n';

export interface QuoteCardProps {
  /** The quotation as the reader sees it on the page (or the selection). */
  quote: string;
  alignment: Alignment;
  /** In quotation marks, or a passage the page reproduces without them. */
  form?: 'quoted' | 'passage';
  view?: ReaderView;
  /** Topics named inside the quotation (their cards are reached from the words themselves). */
  topics?: readonly string[];
  statement: Statement;
  onOpenReader: (paragraph: number) => void;
  onClose: () => void;
  /** Opens the side panel: every check on the page. */
  onCheckPage?: () => void;
  /** Yuanwen's English or the traditional-script text beside the original, for readers who get them. */
  beside?: RenderingsShown;
  /** The citation follows the interface language. */
  citationLanguage?: CitationLanguage;
  /** Filled in with what the card's `c` and `o` keys do. */
  actions?: CardActions;
}

/** Each verdict's shape (legible without colour) and its words for a quotation and for a passage. */
export const VERDICTS: Record<Verdict, { symbol: string; quoted: MessageKey; passage: MessageKey }> = {
  verbatim: { symbol: '✓', quoted: 'quoteVerbatim', passage: 'passageVerbatim' },
  altered: { symbol: '≠', quoted: 'quoteAltered', passage: 'passageAltered' },
  unmatched: { symbol: '✗', quoted: 'quoteUnmatched', passage: 'quoteUnmatched' },
};
const NO_VERDICT = { symbol: '?', quoted: 'quoteNoVerdict', passage: 'quoteNoVerdict' } as const;

/** The quote card: the verdict in words, and the statement's own wording to compare. */
export function QuoteCard(props: QuoteCardProps) {
  const { quote, alignment, form = 'quoted', view, topics = [], statement, onOpenReader, onClose } = props;
  const { beside, citationLanguage = 'zh', actions, onCheckPage } = props;
  const verdict = alignment.verdict;
  const words = verdict ? VERDICTS[verdict] : NO_VERDICT;
  const label = t(words[form]);
  const paragraph = alignment.paragraphs[0];
  const where = paragraph ? statement.paragraphs[paragraph - 1] : undefined;
  const marks = (alignment.matched ?? [])
    .filter((m) => m.paragraph === where?.n)
    .map((m): [number, number] => [m.start, m.end]);
  const quotedText = verdict === 'unmatched' ? where?.text : (alignment.original ?? where?.text);
  // Beside the statement's own words the card shows (none for a quotation that is not in the statement).
  const rendered =
    beside && where && verdict && verdict !== 'unmatched'
      ? excerptRenderings(beside.renderings, beside.shown, where, [
          verdict === 'verbatim' ? where.text : (alignment.original ?? where.text),
        ])
      : undefined;
  if (actions) {
    actions.open = where ? () => onOpenReader(where.n) : undefined;
    if (!where || !quotedText) actions.copy = undefined;
  }
  return (
    <div class={`card quote-card is-${verdict ?? 'none'} is-${form}`} role="dialog" aria-label={label}>
      <div class="card-header">
        <span class="card-verdict">
          <span aria-hidden="true">{words.symbol}</span> {label}
        </span>
        <button type="button" class="card-close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      {view?.reordered && <p class="card-note">{t('quoteReordered')}</p>}
      {view?.differsFromText && <p class="card-note">{t('quoteAsSeen')}</p>}
      {verdict === 'altered' && alignment.diff ? (
        <QuoteDiff diff={alignment.diff} />
      ) : (
        <p class="card-page-text">
          {t(form === 'passage' ? 'passageOnPage' : 'quoteOnPage')}{' '}
          <q>{quote.length > 120 ? `${quote.slice(0, 120)}…` : quote}</q>
        </p>
      )}
      {verdict === 'verbatim' && where && (
        <blockquote class="card-clause" lang="zh-Hans">
          <MarkedText text={where.text} marks={marks} />
        </blockquote>
      )}
      {rendered && (
        <RenderingLines traditional={rendered.traditional} standard={rendered.standard} summary={rendered.summary} />
      )}
      {verdict === 'unmatched' && (
        <p class="card-unmatched">
          {t('quoteNotInStatement')} {where ? t('quoteClosest', String(where.n)) : ''}
        </p>
      )}
      {topics.length > 0 && <p class="card-where">{t('quoteTopics', topics.join('、'))}</p>}
      {where && (
        <>
          <PassagePlace
            section={statement.sections[where.section]?.heading ?? null}
            paragraph={where.n}
            sectionEnglish={rendered?.sectionEnglish}
          />
          <div class="card-actions">
            {quotedText && (
              <CopyButton
                label={t(verdict === 'verbatim' ? 'quoteCopyQuoted' : 'cardCopyOriginal')}
                text={() => withCitation(quotedText, where.n, citationLanguage)}
                register={actions && ((copy) => (actions.copy = copy))}
                shortcut="c"
              />
            )}
            {verdict !== 'unmatched' && alignment.sentence && alignment.sentence !== quotedText && (
              <CopyButton
                label={t('quoteCopySentence')}
                text={() => withCitation(alignment.sentence!, where.n, citationLanguage)}
              />
            )}
            <button type="button" class="card-link" aria-keyshortcuts="o" onClick={() => onOpenReader(where.n)}>
              {t('cardOpenFullText')}
            </button>
          </div>
        </>
      )}
      <CheckPageButton onClick={onCheckPage} />
      {actions && <CardKeysHint />}
    </div>
  );
}
