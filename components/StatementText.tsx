import type { ComponentChild } from 'preact';
import type { ShownRenderings } from '@/core/renderings';
import type { Paragraph, Renderings, Section, Statement } from '@/core/types';
import { paragraphAnchor } from '@/core/anchors';
import { withCitation } from '@/core/cite';
import { CopyButton } from './CopyButton';
import { t } from './i18n';
import { ParagraphRenderings, SectionEnglishName } from './Renderings';

/** Renderings to show beside the source, when the reader's language or settings ask for them. */
export interface RenderingsShown {
  renderings: Renderings;
  shown: ShownRenderings;
}

export function sectionAnchor(section: Section): string {
  return `s${section.id}`;
}

/** The whole statement: headed sections with numbered, anchored paragraphs. */
export function StatementText({
  statement,
  markedParagraph,
  beside,
  referenced,
}: {
  statement: Statement;
  markedParagraph: number | null;
  beside?: RenderingsShown;
  /** Paragraphs a page refers to, each with what to show under it (the side panel's links to its rows). */
  referenced?: ReadonlyMap<number, ComponentChild>;
}) {
  return (
    <>
      {statement.sections.map((section) => (
        <section
          key={section.id}
          class="statement-section"
          aria-labelledby={section.heading ? sectionAnchor(section) : undefined}
        >
          {section.heading && (
            <h2 id={sectionAnchor(section)} tabIndex={-1}>
              {section.heading}
            </h2>
          )}
          {section.heading && beside?.shown.summary && (
            <SectionEnglishName name={beside.renderings.sectionNames[section.id]} />
          )}
          {section.paragraphs.map((n) => (
            <ParagraphBlock
              key={n}
              paragraph={statement.paragraphs[n - 1]!}
              marked={n === markedParagraph}
              beside={beside}
              referencedBy={referenced?.get(n)}
            />
          ))}
        </section>
      ))}
    </>
  );
}

export function ParagraphBlock({
  paragraph,
  marked,
  beside,
  referencedBy,
}: {
  paragraph: Paragraph;
  marked: boolean;
  beside?: RenderingsShown;
  referencedBy?: ComponentChild;
}) {
  const anchor = paragraphAnchor(paragraph.n);
  const classes = ['paragraph', marked && 'is-marked', referencedBy !== undefined && 'is-referenced'];
  return (
    <div
      id={anchor}
      class={classes.filter(Boolean).join(' ')}
      tabIndex={-1}
      aria-current={marked ? 'location' : undefined}
    >
      <a class="paragraph-number" href={`#${anchor}`} aria-label={`第${paragraph.n}段 · paragraph ${paragraph.n}`}>
        {paragraph.n}
      </a>
      <p class="paragraph-text">{paragraph.text}</p>
      {referencedBy !== undefined && <div class="paragraph-refs">{referencedBy}</div>}
      {beside && <ParagraphRenderings n={paragraph.n} renderings={beside.renderings} shown={beside.shown} />}
      <div class="paragraph-actions">
        <CopyButton
          label={t('readerCopyZh')}
          title={t('readerCopyZhTitle', String(paragraph.n))}
          text={() => withCitation(paragraph.text, paragraph.n, 'zh')}
        />
        <CopyButton
          label={t('readerCopyEn')}
          title={t('readerCopyEnTitle', String(paragraph.n))}
          text={() => withCitation(paragraph.text, paragraph.n, 'en')}
        />
      </div>
    </div>
  );
}
