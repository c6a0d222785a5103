import { describe, expect, it } from 'vitest';
import { renderings, statement } from '..';
import { paragraphSummaries, sectionNames } from '../english';
import { buildRenderings } from './renderings';

const same = (text: string) => text;

describe('renderings', () => {
  it('gives every paragraph an English summary and every headed section an English name', () => {
    expect(renderings.summaries).toHaveLength(statement.paragraphs.length);
    for (const summary of renderings.summaries) expect(summary.trim().length).toBeGreaterThan(20);
    statement.sections.forEach((section, i) => {
      expect(renderings.sectionNames[i] === null).toBe(section.heading === null);
    });
    expect(renderings.sectionNames[3]).toBe('Economic and trade relations');
  });

  it('converts every paragraph to traditional characters in both standards', () => {
    expect(renderings.traditional.tw).toHaveLength(statement.paragraphs.length);
    expect(renderings.traditional.tw[3]).toContain('臺灣問題是中美關係中最重要');
    expect(renderings.traditional.hk[3]).toContain('台灣問題是中美關係中最重要');
    expect(renderings.traditionalTitle.tw).toBe('中美聯合聲明');
  });

  it('refuses summaries that do not fit the statement', () => {
    expect(() => buildRenderings(statement, sectionNames, paragraphSummaries.slice(1), same, same)).toThrow(
      /summarises 30 paragraphs/,
    );
    expect(() => buildRenderings(statement, sectionNames.slice(1), paragraphSummaries, same, same)).toThrow(
      /names 8 sections/,
    );
    const blank = [...paragraphSummaries];
    blank[4] = ' ';
    expect(() => buildRenderings(statement, sectionNames, blank, same, same)).toThrow(/paragraph 5 is empty/);
    const longer = (text: string) => text.replace('台湾', '台灣省');
    expect(() => buildRenderings(statement, sectionNames, paragraphSummaries, longer, same)).toThrow(
      /tw conversion of paragraph \d+ changes its length/,
    );
  });
});
