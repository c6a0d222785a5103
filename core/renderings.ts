/**
 * Which renderings a reader is shown beside the simplified source: Yuanwen's English summary for
 * readers whose interface is not Chinese, and the traditional-script conversion for Taiwan, Hong Kong
 * and Macao (or as the settings say). The source text itself is always shown.
 */

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
