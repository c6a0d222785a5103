import { useEffect } from 'preact/hooks';
import type { Statement } from '@/core/types';
import type { StatementSearch } from '@/core/search';
import { withCitation, type CitationLanguage } from '@/core/cite';
import { paragraphAnchor, paragraphFromHash } from '@/core/anchors';
import { StatementText, type RenderingsShown } from '@/components/StatementText';
import { StatementSearchBox } from '@/components/StatementSearchBox';
import { SectionNav } from '@/components/SectionNav';
import { t } from '@/components/i18n';
import { useHash } from './use-hash';

interface ReaderAppProps {
  statement: Statement;
  beside?: RenderingsShown;
  search?: StatementSearch;
  /** The citation a copied search result carries follows the interface language. */
  citationLanguage?: CitationLanguage;
}

export function ReaderApp({ statement, beside, search, citationLanguage = 'zh' }: ReaderAppProps) {
  const hash = useHash();
  const marked = paragraphFromHash(hash, statement.paragraphs.length);
  // The browser resolved the fragment before Preact rendered; scroll and focus here instead.
  useEffect(() => {
    const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [hash]);

  return (
    <div class="reader">
      <a class="skip-link" href="#text">
        {t('readerSkip')}
      </a>
      <header class="reader-header">
        <p class="reader-kicker">Yuanwen 原文 · 1997 China–U.S. Joint Statement</p>
        <h1>{statement.title}</h1>
        <p class="reader-date">{statement.date}</p>
      </header>
      {search && (
        <StatementSearchBox
          search={search}
          onOpen={(result) => (location.hash = `#${paragraphAnchor(result.paragraph)}`)}
          copyText={(result) => withCitation(result.text, result.paragraph, citationLanguage)}
          summaryOf={beside?.shown.summary ? (n) => beside.renderings.summaries[n - 1] : undefined}
        />
      )}
      <SectionNav sections={statement.sections} />
      <main id="text" tabIndex={-1}>
        <StatementText statement={statement} markedParagraph={marked} beside={beside} />
      </main>
      <footer class="reader-footer">
        <p>{t('readerFooter', String(statement.paragraphs.length))}</p>
        <p>{t('readerPublished')}</p>
      </footer>
    </div>
  );
}
