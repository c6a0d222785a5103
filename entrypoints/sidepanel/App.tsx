import { useEffect, useState } from 'preact/hooks';
import type { CitationLanguage } from '@/core/cite';
import type { RevealTarget } from '@/core/messages';
import type { PanelState } from '@/core/page-state';
import { reportFileName, reportJson, reportMarkdown, type ReportInput } from '@/core/page-report';
import type { Statement, Topic } from '@/core/types';
import { reportLabels } from '@/components/report-labels';
import { SidePanelView } from '@/components/SidePanelView';
import { revealInTab, watchPageChecks } from '@/platform/page-checks';
import { saveFile } from './save-file';

interface SidePanelAppProps {
  statement: Statement;
  topics: Topic[];
  citationLanguage: CitationLanguage;
}

/** Wires the panel to its tab: the checks as they change, revealing one on the page, and the report. */
export function SidePanelApp({ statement, topics, citationLanguage }: SidePanelAppProps) {
  const [state, setState] = useState<PanelState>({ status: 'loading' });
  const [tabId, setTabId] = useState<number | undefined>();
  useEffect(
    () =>
      watchPageChecks((next, id) => {
        setState(next);
        setTabId(id);
      }),
    [],
  );

  const input = (): ReportInput | null =>
    state.status !== 'ready'
      ? null
      : {
          page: state.checks,
          statement,
          checkedAt: state.checkedAt,
          extensionVersion: browser.runtime.getManifest().version,
          citationLanguage,
          topicParagraphs: (id) => topics.find((topic) => topic.id === id)?.paragraphs ?? [],
        };
  const markdown = () => {
    const report = input();
    return report && reportMarkdown(report, reportLabels());
  };

  return (
    <SidePanelView
      state={state}
      statement={statement}
      topics={topics}
      onReveal={(target: RevealTarget) => void (tabId !== undefined && revealInTab(tabId, target))}
      onCopy={async () => {
        const text = markdown();
        if (!text) return false;
        return navigator.clipboard.writeText(text).then(
          () => true,
          () => false,
        );
      }}
      onDownload={(kind) => {
        const report = input();
        if (!report) return;
        const name = reportFileName(report.page, report.checkedAt, kind);
        if (kind === 'md') saveFile(name, reportMarkdown(report, reportLabels()), 'text/markdown');
        else saveFile(name, reportJson(report), 'application/json');
      }}
    />
  );
}
