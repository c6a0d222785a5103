import type { ShownRenderings, TraditionalStandard } from '@/core/renderings';
import type { Renderings } from '@/core/types';
import { t } from './i18n';

interface ParagraphRenderingsProps {
  /** Paragraph number, from 1. */
  n: number;
  renderings: Renderings;
  shown: ShownRenderings;
}

/**
 * What stands beside a paragraph's simplified source (never instead of it): the traditional-script
 * conversion and Yuanwen's English summary, each labelled for what it is.
 */
export function ParagraphRenderings({ n, renderings, shown }: ParagraphRenderingsProps) {
  return (
    <RenderingLines
      traditional={shown.traditional ? renderings.traditional[shown.traditional][n - 1] : undefined}
      standard={shown.traditional}
      summary={shown.summary ? renderings.summaries[n - 1] : undefined}
    />
  );
}

interface RenderingLinesProps {
  /** The text in traditional characters, in `standard`. */
  traditional?: string;
  standard: TraditionalStandard | null;
  /** Yuanwen's English summary. */
  summary?: string;
}

/** The renderings themselves, each labelled (a paragraph in the reader, a clause on the card). */
export function RenderingLines({ traditional, standard, summary }: RenderingLinesProps) {
  if (!traditional && !summary) return null;
  return (
    <div class="renderings">
      {traditional && (
        <p class="rendering rendering-traditional">
          <span class="rendering-label">{t('traditionalLabel')}</span>
          <span lang={standard === 'hk' ? 'zh-Hant-HK' : 'zh-Hant-TW'}>{traditional}</span>
        </p>
      )}
      {summary && (
        <p class="rendering rendering-summary">
          <span class="rendering-label">{t('summaryLabel')}</span>
          <span lang="en">{summary}</span>
        </p>
      )}
    </div>
  );
}

/** A section's English name (Yuanwen's), shown beside the Chinese heading for English readers. */
export function SectionEnglishName({ name }: { name: string | null | undefined }) {
  if (!name) return null;
  return (
    <p class="section-english" lang="en" title={t('sectionEnglishLabel')}>
      {name}
    </p>
  );
}
