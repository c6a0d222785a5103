import type { Section } from '@/core/types';
import { paragraphAnchor } from '@/core/anchors';
import { sectionAnchor } from './StatementText';

/** Table of contents: the preamble and the nine headed sections. */
export function SectionNav({ sections }: { sections: Section[] }) {
  return (
    <nav class="section-nav" aria-label="目录 Contents">
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.heading ? sectionAnchor(section) : paragraphAnchor(section.paragraphs[0] ?? 1)}`}>
              {section.heading ?? '序言'}
            </a>
            <span class="section-range">
              {' '}
              ¶{section.paragraphs[0]}
              {section.paragraphs.length > 1 ? `–${section.paragraphs[section.paragraphs.length - 1]}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
