/** Yuanwen's English and the traditional-script text, checked against the statement and built into the index. */
import type { Renderings, Statement } from '../../core/types';

export type Convert = (text: string) => string;

export function buildRenderings(
  statement: Statement,
  sectionNames: readonly string[],
  summaries: readonly string[],
  toTaiwan: Convert,
  toHongKong: Convert,
): Renderings {
  const headed = statement.sections.filter((section) => section.heading !== null).length;
  if (sectionNames.length !== headed) {
    throw new Error(`data/english.ts names ${sectionNames.length} sections; the statement has ${headed}`);
  }
  if (summaries.length !== statement.paragraphs.length) {
    throw new Error(
      `data/english.ts summarises ${summaries.length} paragraphs; the statement has ${statement.paragraphs.length}`,
    );
  }
  const empty = summaries.findIndex((summary) => summary.trim() === '');
  if (empty !== -1) throw new Error(`data/english.ts: the summary of paragraph ${empty + 1} is empty`);
  const traditional = {
    tw: statement.paragraphs.map((paragraph) => toTaiwan(paragraph.text)),
    hk: statement.paragraphs.map((paragraph) => toHongKong(paragraph.text)),
  };
  // Cards show a clause in traditional characters by cutting the same stretch out of its paragraph's conversion.
  for (const [standard, paragraphs] of Object.entries(traditional)) {
    const changed = paragraphs.findIndex((text, i) => text.length !== statement.paragraphs[i]!.text.length);
    if (changed !== -1) {
      throw new Error(
        `the ${standard} conversion of paragraph ${changed + 1} changes its length: excerpts would not line up`,
      );
    }
  }
  let next = 0;
  return {
    sectionNames: statement.sections.map((section) => (section.heading === null ? null : sectionNames[next++]!)),
    summaries: [...summaries],
    traditional,
    traditionalTitle: { tw: toTaiwan(statement.title), hk: toHongKong(statement.title) },
  };
}
