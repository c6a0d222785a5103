/** Citation strings for copying a paragraph of the statement. */

export type CitationLanguage = 'zh' | 'en';

export function citation(paragraph: number, language: CitationLanguage): string {
  return language === 'zh'
    ? `——《中美联合声明》（1997年10月29日），第${paragraph}段`
    : `— China–U.S. Joint Statement (29 October 1997), para. ${paragraph}`;
}

/** The text as it stands in the statement, then the citation on its own line. */
export function withCitation(text: string, paragraph: number, language: CitationLanguage): string {
  return `${text}\n${citation(paragraph, language)}`;
}
