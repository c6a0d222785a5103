import { useState } from 'preact/hooks';
import type { CardActions } from '@/core/card-keys';
import type { TopicPassage } from '@/core/clauses';
import { withCitation, type CitationLanguage } from '@/core/cite';
import { excerptRenderings } from '@/core/renderings';
import type { Statement, Topic } from '@/core/types';
import { CardKeysHint } from './CardKeysHint';
import { CheckPageButton } from './CheckPageButton';
import { CopyButton } from './CopyButton';
import { MarkedText } from './MarkedText';
import { t } from './i18n';
import { PassagePlace } from './PassagePlace';
import { RenderingLines } from './Renderings';
import type { RenderingsShown } from './StatementText';

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
  /** Yuanwen's English or the traditional-script text beside the clauses, for readers who get them. */
  beside?: RenderingsShown & { statement: Statement };
  /** The citation follows the interface language. */
  citationLanguage?: CitationLanguage;
  /** Filled in with what the card's `c` and `o` keys do. */
  actions?: CardActions;
}

/** The hover card: the statement's own words for a topic marked on the page. */
export function MentionCard(props: MentionCardProps) {
  const { topic, pageText, passages, onOpenReader, onClose, inQuote, onCheckPage } = props;
  const { beside, citationLanguage = 'zh', actions } = props;
  const [index, setIndex] = useState(0);
  const passage = passages[index];
  const paragraph = passage && beside?.statement.paragraphs[passage.paragraph - 1];
  const rendered =
    paragraph && beside
      ? excerptRenderings(
          beside.renderings,
          beside.shown,
          paragraph,
          passage.clauses.map((clause) => clause.text),
        )
      : undefined;
  if (actions) {
    actions.open = passage ? () => onOpenReader(passage.paragraph) : undefined;
    if (!passage) actions.copy = undefined;
  }
  const name = topic.zh[0]!;
  const showPageText = pageText.trim() !== name;
  return (
    <div class="card" role="dialog" aria-label={`${name} · ${t('cardStatementName')}`}>
      <div class="card-header">
        <div>
          <span class="card-name" lang="zh-Hans">
            {name}
          </span>
          <span class="card-english">{topic.en[0]}</span>
        </div>
        <button type="button" class="card-close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
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
          <PassagePlace
            section={passage.section}
            paragraph={passage.paragraph}
            sectionEnglish={rendered?.sectionEnglish}
          />
          <blockquote class="card-clause" lang="zh-Hans">
            {passage.clauses.map((clause, i) => (
              <span key={i}>
                <MarkedText text={clause.text} marks={clause.marks} />
              </span>
            ))}
          </blockquote>
          {rendered && (
            <RenderingLines
              traditional={rendered.traditional}
              standard={rendered.standard}
              summary={rendered.summary}
            />
          )}
          <div class="card-actions">
            <CopyButton
              label={t('cardCopyCitation')}
              text={() =>
                withCitation(passage.clauses.map((c) => c.text).join(''), passage.paragraph, citationLanguage)
              }
              register={actions && ((copy) => (actions.copy = copy))}
              shortcut="c"
            />
            <button
              type="button"
              class="card-link"
              aria-keyshortcuts="o"
              onClick={() => onOpenReader(passage.paragraph)}
            >
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
      {actions && <CardKeysHint />}
    </div>
  );
}
