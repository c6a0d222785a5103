import { useEffect } from 'preact/hooks';
import type { Statement } from '@/core/types';
import { StatementText, type RenderingsShown } from '@/components/StatementText';
import { SectionNav } from '@/components/SectionNav';
import { paragraphFromHash } from '@/core/anchors';
import { useHash } from './use-hash';

export function ReaderApp({ statement, beside }: { statement: Statement; beside?: RenderingsShown }) {
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
        跳到正文 · Skip to text
      </a>
      <header class="reader-header">
        <p class="reader-kicker">Yuanwen 原文 · 1997 China–U.S. Joint Statement</p>
        <h1>{statement.title}</h1>
        <p class="reader-date">{statement.date}</p>
      </header>
      <SectionNav sections={statement.sections} />
      <main id="text" tabIndex={-1}>
        <StatementText statement={statement} markedParagraph={marked} beside={beside} />
      </main>
      <footer class="reader-footer">
        <p>共 {statement.paragraphs.length} 段。段落编号为本扩展所加，便于引用；正文与原文逐字一致。</p>
      </footer>
    </div>
  );
}
