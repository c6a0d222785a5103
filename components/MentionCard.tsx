import { useState } from 'preact/hooks';
import type { TopicPassage } from '@/core/clauses';
import { withCitation } from '@/core/cite';
import type { Topic } from '@/core/types';
import { CheckPageButton } from './CheckPageButton';
import { CopyButton } from './CopyButton';
import { MarkedText } from './MarkedText';
import { t } from './i18n';
import { PassagePlace } from './PassagePlace';

export interface MentionCardProps {
  topic: Topic;
  /** The words as the page writes them. */
  pageText: string;
  passages: readonly TopicPassage[];
  onOpenReader: (paragraph: number) => void;
  onClose: () => void;
  /** The checked quotation the mention sits in: its verdict is one click away. */
  inQuote?: { verdict: string; onShow: () => void };
  /** Opens the side panel: every check on the page. */
  onCheckPage?: () => void;
}

/** The hover card: the statement's own words for a topic marked on the page. */
export function MentionCard(props: MentionCardProps) {
  const { topic, pageText, passages, onOpenReader, onClose, inQuote, onCheckPage } = props;
  const [index, setIndex] = useState(0);
  const passage = passages[index];
  const name = topic.zh[0]!;
  const showPageText = pageText.trim() !== name;
  return (
    <div class="card" role="dialog" aria-label={`${name} · ${t('cardStatementName')}`}>
      <header class="card-header">
        <div>
          <span class="card-name" lang="zh-Hans">
            {name}
          </span>
          <span class="card-english">{topic.en[0]}</span>
        </div>
        <button type="button" class="card-close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      {inQuote && (
        <p class="card-note card-in-quote">
          {t('mentionInQuote')} <strong>{inQuote.verdict}</strong>{' '}
          <button type="button" class="card-link card-show-verdict" onClick={inQuote.onShow}>
            {t('mentionShowVerdict')}
          </button>
        </p>
      )}
      {showPageText && (
        <p class="card-page-text">
          {t('cardOnPage')} <q>{pageText}</q>
        </p>
      )}
      {passage ? (
        <section class="card-passage" aria-live="polite">
          <PassagePlace section={passage.section} paragraph={passage.paragraph} />
          <blockquote class="card-clause" lang="zh-Hans">
            {passage.clauses.map((clause, i) => (
              <span key={i}>
                <MarkedText text={clause.text} marks={clause.marks} />
              </span>
            ))}
          </blockquote>
          <div class="card-actions">
            <CopyButton
              label={t('cardCopyCitation')}
              text={() => withCitation(passage.clauses.map((c) => c.text).join(''), passage.paragraph, 'zh')}
            />
            <button type="button" class="card-link" onClick={() => onOpenReader(passage.paragraph)}>
              {t('cardOpenFullText')}
            </button>
          </div>
        </section>
      ) : (
        <p class="card-empty">{t('cardNoPassage')}</p>
      )}
      {passages.length > 1 && (
        <nav class="card-pager" aria-label={t('cardOtherParagraphs')}>
          <button
            type="button"
            class="card-previous"
            aria-label={t('cardPrevious')}
            disabled={index === 0}
            onClick={() => setIndex(index - 1)}
          >
            ‹
          </button>
          <span>
            {index + 1} / {passages.length}
          </span>
          <button
            type="button"
            class="card-next"
            aria-label={t('cardNext')}
            disabled={index === passages.length - 1}
            onClick={() => setIndex(index + 1)}
          >
            ›
          </button>
        </nav>
      )}
      <CheckPageButton onClick={onCheckPage} />
    </div>
  );
}
