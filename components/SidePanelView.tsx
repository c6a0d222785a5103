import { useState } from 'preact/hooks';
import type { PageCheck, RevealTarget } from '@/core/messages';
import type { PanelState } from '@/core/page-state';
import { orderChecks, referencesByParagraph } from '@/core/page-report';
import type { Statement, Topic } from '@/core/types';
import { CheckList, checkRowId } from './CheckList';
import { VERDICTS } from './QuoteCard';
import { SectionNav } from './SectionNav';
import { StatementText } from './StatementText';
import { t } from './i18n';

export interface SidePanelViewProps {
  state: PanelState;
  statement: Statement;
  /** The bundled topics: which paragraphs each refers to. */
  topics: readonly Topic[];
  onReveal: (target: RevealTarget) => void;
  /** Copies the report; resolves whether the browser took it. */
  onCopy: () => Promise<boolean>;
  onDownload: (kind: 'md' | 'json') => void;
}

const topicRowId = (id: string) => `topic-${id}`;

/** Moves to a row of the panel (a paragraph's link back to what refers to it). */
function goTo(event: MouseEvent, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'nearest' });
  target.focus({ preventScroll: true });
}

/** The side panel: every check on the page, problems first, its topics, and the statement beside them. */
export function SidePanelView({ state, statement, topics, onReveal, onCopy, onDownload }: SidePanelViewProps) {
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const ready = state.status === 'ready' && !state.checks.disabled ? state : null;
  const checks = ready ? orderChecks(ready.checks.checks) : [];
  const found = ready?.checks.topics ?? [];

  const copy = async () => setCopyStatus((await onCopy()) ? 'copied' : 'failed');
  const reveal = (check: PageCheck) => onReveal({ kind: 'quote', index: check.index, text: check.text });

  return (
    <div class="panel">
      <header class="panel-header">
        <h1>
          <span class="panel-brand">Yuanwen 原文</span> {t('panelTitle')}
        </h1>
        {ready && (
          <p class="panel-page">
            <span class="panel-page-title">{ready.checks.title || ready.checks.url}</span>{' '}
            <span class="muted">
              {ready.checks.hostname} · {t('panelCheckedAt', ready.checkedAt.toLocaleTimeString())}
            </span>
          </p>
        )}
        {ready && (
          <div class="panel-actions">
            <button type="button" class="panel-copy" onClick={() => void copy()}>
              {t('panelCopyReport')}
            </button>
            <button type="button" class="panel-download" onClick={() => onDownload('md')}>
              {t('panelDownload')}
            </button>
            <button type="button" class="panel-download-json" onClick={() => onDownload('json')}>
              {t('panelDownloadJson')}
            </button>
          </div>
        )}
        <p class="panel-status muted" role="status">
          {copyStatus === 'copied' ? t('panelCopied') : copyStatus === 'failed' ? t('panelCopyFailed') : ''}
        </p>
      </header>
      <main class="panel-body">
        {!ready ? (
          <p class="page-note">{noteFor(state)}</p>
        ) : (
          <>
            <div class="panel-checks">
              <section aria-labelledby="checks-heading">
                <h2 id="checks-heading">{t('panelChecksHeading')}</h2>
                {checks.length > 0 ? (
                  <>
                    <p class="panel-keys muted">{t('panelKeys')}</p>
                    <CheckList checks={checks} onReveal={reveal} />
                  </>
                ) : (
                  <p class="page-note">{t('panelNoChecks')}</p>
                )}
              </section>
              <section aria-labelledby="topics-heading">
                <h2 id="topics-heading">{t('topicsHeading')}</h2>
                {found.length > 0 ? (
                  <ul class="topic-list">
                    {found.map((topic) => (
                      <li key={topic.id}>
                        <button
                          type="button"
                          id={topicRowId(topic.id)}
                          onClick={() => onReveal({ kind: 'topic', id: topic.id })}
                        >
                          <span lang="zh-Hans">{topic.name}</span> <span class="muted">{topic.english}</span>
                          <span class="count">{topic.count}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p class="page-note">{t('panelNoTopics')}</p>
                )}
              </section>
              <p class="panel-privacy muted">{t('panelReportNote')}</p>
            </div>
            <section class="panel-statement" aria-labelledby="statement-heading">
              <h2 id="statement-heading">{t('panelStatementHeading')}</h2>
              <SectionNav sections={statement.sections} />
              <StatementText
                statement={statement}
                markedParagraph={null}
                referenced={referenceLinks(checks, found, topics)}
              />
            </section>
          </>
        )}
      </main>
    </div>
  );
}

function noteFor(state: PanelState): string {
  if (state.status === 'unavailable') return t('pageUnavailable');
  if (state.status === 'absent') return t('pageAbsent');
  if (state.status === 'ready') return t('pageDisabled');
  return t('panelLoading');
}

/** Under each paragraph the page refers to: links back to the rows that quote it and the topics that name it. */
function referenceLinks(
  ordered: readonly PageCheck[],
  found: readonly { id: string; name: string }[],
  topics: readonly Topic[],
) {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  const named = found.map((topic) => ({ id: topic.id, paragraphs: byId.get(topic.id)?.paragraphs ?? [] }));
  const refs = referencesByParagraph(ordered, named);
  const position = new Map(ordered.map((check, i) => [check.index, i + 1]));
  const checkOf = new Map(ordered.map((check) => [check.index, check]));
  const nameOf = new Map(found.map((topic) => [topic.id, topic.name]));
  return new Map(
    [...refs].map(([n, ref]) => [
      n,
      <>
        {ref.checks.length > 0 && (
          <span class="refs-group refs-quoted">
            {t('panelQuotedIn')}{' '}
            {ref.checks.map((index) => {
              const check = checkOf.get(index)!;
              const id = checkRowId(check);
              return (
                <a key={id} href={`#${id}`} onClick={(event) => goTo(event, id)}>
                  <span aria-hidden="true">{VERDICTS[check.verdict].symbol}</span>{' '}
                  {t('panelRow', String(position.get(index)))}
                </a>
              );
            })}
          </span>
        )}
        {ref.topics.length > 0 && (
          <span class="refs-group">
            {t('panelNamedBy')}{' '}
            {ref.topics.map((id) => (
              <a key={id} href={`#${topicRowId(id)}`} lang="zh-Hans" onClick={(event) => goTo(event, topicRowId(id))}>
                {nameOf.get(id)}
              </a>
            ))}
          </span>
        )}
      </>,
    ]),
  );
}
