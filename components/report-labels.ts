/** The report's words in the interface language (core/page-report.ts builds it; the locale files say it). */
import type { ReportLabels } from '@/core/page-report';
import { checkVerdict } from './CheckList';
import { t } from './i18n';

export function reportLabels(): ReportLabels {
  return {
    heading: t('reportHeading'),
    url: t('reportUrl'),
    checkedAt: t('reportCheckedAt'),
    extension: t('reportExtension'),
    source: t('reportSource'),
    quotations: t('reportQuotations'),
    passages: t('reportPassages'),
    topics: t('reportTopics'),
    none: t('reportNone'),
    onPage: t('reportOnPage'),
    original: t('reportOriginal'),
    closest: t('reportClosest'),
    notInStatement: t('reportNotInStatement'),
    differences: t('reportDifferences'),
    added: (page) => t('reportAdded', page),
    dropped: (original) => t('reportDropped', original),
    changed: (page, original) => t('reportChanged', original, page),
    verdict: (verdict, form) => checkVerdict({ verdict, form }),
  };
}
