import { t } from './i18n';

/** Where a passage stands: the statement, its section, the paragraph number. */
export function PassagePlace({ section, paragraph }: { section: string | null; paragraph: number }) {
  return (
    <p class="card-where">
      {t('cardStatementName')} · {section ?? t('preamble')} · {t('paragraphNumber', String(paragraph))}
    </p>
  );
}
