import { useState } from 'preact/hooks';
import type { TopicPassage } from '@/core/clauses';
import { withCitation } from '@/core/cite';
import type { Topic } from '@/core/types';
import { CopyButton } from './CopyButton';
import { MarkedText } from './MarkedText';

export interface MentionCardProps {
  topic: Topic;
  /** The words as the page writes them. */
  pageText: string;
  passages: readonly TopicPassage[];
  onOpenReader: (paragraph: number) => void;
  onClose: () => void;
}

/** The hover card: the statement's own words for a topic marked on the page. */
export function MentionCard({ topic, pageText, passages, onOpenReader, onClose }: MentionCardProps) {
  const [index, setIndex] = useState(0);
  const passage = passages[index];
  const name = topic.zh[0]!;
  const showPageText = pageText.trim() !== name;
  return (
    <div class="card" role="dialog" aria-label={`${name} · 1997 China–U.S. Joint Statement`}>
      <header class="card-header">
        <div>
          <span class="card-name" lang="zh-Hans">
            {name}
          </span>
          <span class="card-english">{topic.en[0]}</span>
        </div>
        <button type="button" class="card-close" aria-label="关闭 Close" onClick={onClose}>
          ×
        </button>
      </header>
      {showPageText && (
        <p class="card-page-text">
          页面原文 On the page: <q>{pageText}</q>
        </p>
      )}
      {passage ? (
        <section class="card-passage" aria-live="polite">
          <p class="card-where">
            《中美联合声明》· {passage.section ?? '序言'} · 第{passage.paragraph}段 ¶{passage.paragraph}
          </p>
          <blockquote class="card-clause" lang="zh-Hans">
            {passage.clauses.map((clause, i) => (
              <span key={i}>
                <MarkedText text={clause.text} marks={clause.marks} />
              </span>
            ))}
          </blockquote>
          <div class="card-actions">
            <CopyButton
              label="复制引文 Copy with citation"
              text={() => withCitation(passage.clauses.map((c) => c.text).join(''), passage.paragraph, 'zh')}
            />
            <button type="button" class="card-link" onClick={() => onOpenReader(passage.paragraph)}>
              查看全文 Open in full text
            </button>
          </div>
        </section>
      ) : (
        <p class="card-empty">声明中没有这段文字。The statement has no passage for this topic.</p>
      )}
      {passages.length > 1 && (
        <nav class="card-pager" aria-label="其他段落 Other paragraphs">
          <button
            type="button"
            aria-label="上一段 Previous paragraph"
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
            aria-label="下一段 Next paragraph"
            disabled={index === passages.length - 1}
            onClick={() => setIndex(index + 1)}
          >
            ›
          </button>
        </nav>
      )}
    </div>
  );
}
