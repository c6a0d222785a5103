/**
 * Which renderings a reader is shown beside the simplified source: Yuanwen's English summary for
 * readers whose interface is not Chinese, and the traditional-script conversion for Taiwan, Hong Kong
 * and Macao (or as the settings say). The source text itself is always shown.
 */

import type { Paragraph, Renderings } from './types';

export type TraditionalMode = 'auto' | 'always' | 'never';
export type TraditionalStandard = 'tw' | 'hk';

export interface ShownRenderings {
  /** Show Yuanwen's English summary and English section names. */
  summary: boolean;
  /** Show the text in traditional characters, in this standard; null for none. */
  traditional: TraditionalStandard | null;
}

const TRADITIONAL_LOCALE = /^zh[-_](?:hant|tw|hk|mo)(?:$|[-_])/i;
const HONG_KONG_LOCALE = /^zh[-_](?:hant[-_])?(?:hk|mo)(?:$|[-_])/i;

export function renderingsFor(uiLanguage: string, traditional: TraditionalMode): ShownRenderings {
  const chinese = /^zh(?:$|[-_])/i.test(uiLanguage);
  const showTraditional = traditional === 'always' || (traditional === 'auto' && TRADITIONAL_LOCALE.test(uiLanguage));
  return {
    summary: !chinese,
    traditional: showTraditional ? (HONG_KONG_LOCALE.test(uiLanguage) ? 'hk' : 'tw') : null,
  };
}

/**
 * An excerpt of a paragraph (a clause, a quoted stretch) in traditional characters: the same stretch
 * of the paragraph's conversion, which the build keeps character for character as long as the source
 * (data/build/renderings.ts). Undefined when the excerpt is not in the paragraph.
 */
export function traditionalExcerpt(
  paragraphText: string,
  converted: string | undefined,
  excerpt: string,
): string | undefined {
  const at = excerpt ? paragraphText.indexOf(excerpt) : -1;
  if (at === -1 || converted === undefined || converted.length !== paragraphText.length) return undefined;
  return converted.slice(at, at + excerpt.length);
}

/** What a card shows beside the source text of one paragraph's excerpts. */
export interface ExcerptRenderings {
  /** The excerpts in traditional characters, in `standard`. */
  traditional?: string;
  standard: TraditionalStandard | null;
  /** Yuanwen's English summary of the paragraph. */
  summary?: string;
  /** Yuanwen's English name of the paragraph's section (none for the preamble). */
  sectionEnglish?: string;
}

/** The renderings a reader is shown beside excerpts (clauses, a quoted stretch) of a paragraph. */
export function excerptRenderings(
  renderings: Renderings,
  shown: ShownRenderings,
  paragraph: Pick<Paragraph, 'n' | 'section' | 'text'>,
  excerpts: readonly string[],
): ExcerptRenderings {
  const result: ExcerptRenderings = { standard: shown.traditional };
  if (shown.traditional) {
    const converted = renderings.traditional[shown.traditional][paragraph.n - 1];
    const parts = excerpts.map((excerpt) => traditionalExcerpt(paragraph.text, converted, excerpt));
    if (parts.length > 0 && parts.every((part) => part !== undefined)) result.traditional = parts.join('');
  }
  if (shown.summary) {
    result.summary = renderings.summaries[paragraph.n - 1];
    result.sectionEnglish = renderings.sectionNames[paragraph.section] ?? undefined;
  }
  return result;
}
