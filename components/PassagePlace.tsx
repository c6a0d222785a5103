import { t } from './i18n';

/**
 * Where a passage stands: the statement, its section, the paragraph number. An English reader also gets
 * Yuanwen's English name of the section beside the Chinese one.
 */
export function PassagePlace({
  section,
  paragraph,
  sectionEnglish,
}: {
  section: string | null;
  paragraph: number;
  sectionEnglish?: string | null;
}) {
  return (
    <p class="card-where">
      {t('cardStatementName')} · <span lang={section ? 'zh-Hans' : undefined}>{section ?? t('preamble')}</span>
      {section && sectionEnglish && (
        <>
          {' '}
          <span class="section-english-inline" lang="en" title={t('sectionEnglishLabel')}>
            ({sectionEnglish})
          </span>
        </>
      )}{' '}
      · {t('paragraphNumber', String(paragraph))}
    </p>
  );
}
