/**
 * Citation strings for copying a paragraph of the statement. The statement's paragraphs are not
 * numbered in the source: the numbers are Yuanwen's, and every citation says so.
 */

/** Simplified Chinese, traditional Chinese (the citation only: the quoted text stays as in the source), English. */
export type CitationLanguage = 'zh' | 'zh-Hant' | 'en';

export function citation(paragraph: number, language: CitationLanguage): string {
  switch (language) {
    case 'zh':
      return `——《中美联合声明》（1997年10月29日），第${paragraph}段（段落编号为原文扩展所加）`;
    case 'zh-Hant':
      return `——《中美聯合聲明》（1997年10月29日），第${paragraph}段（段落編號為原文擴充功能所加）`;
    case 'en':
      return `— China–U.S. Joint Statement (29 October 1997), para. ${paragraph} (Yuanwen’s numbering)`;
  }
}

/** The citation language for an interface language (a browser locale such as `en-US`, `zh-CN`, `zh-TW`). */
export function citationLanguageFor(uiLanguage: string): CitationLanguage {
  if (!/^zh(?:$|[-_])/i.test(uiLanguage)) return 'en';
  return /^zh[-_](?:hant|tw|hk|mo)(?:$|[-_])/i.test(uiLanguage) ? 'zh-Hant' : 'zh';
}

/** The text as it stands in the statement, then the citation on its own line. */
export function withCitation(text: string, paragraph: number, language: CitationLanguage): string {
  return `${text}\n${citation(paragraph, language)}`;
}
