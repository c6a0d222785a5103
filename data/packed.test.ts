import { describe, expect, it } from 'vitest';
import { patterns } from '.';
import { buildMatcherTables, type MatcherTables, type Pattern } from '../core/matcher';
import { packMatcherTables, packPatterns, unpackMatcherTables, unpackPatterns } from './packed';

const plain = (tables: MatcherTables) => Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, [...v]]));

describe('packed patterns', () => {
  it('round-trip', () => {
    expect(unpackPatterns(packPatterns(patterns))).toEqual(patterns);
  });
});

describe('packed matcher tables', () => {
  const pattern = (text: string): Pattern => ({ text, topic: 0, anchor: false, acronym: false });

  it.each([
    ['the bundled patterns', patterns],
    [
      'prefixes, shared suffixes, a character outside the BMP, an empty and a repeated text',
      ['中美', '中美关系', '美关', '𠀀台', '', '中美', 'wto'].map(pattern),
    ],
    ['no patterns', []],
  ])('round-trip for %s', (_, list) => {
    const tables = buildMatcherTables(list);
    // Through JSON, as the build step writes them.
    const stored = JSON.parse(JSON.stringify(packMatcherTables(tables, list))) as ReturnType<typeof packMatcherTables>;
    expect(plain(unpackMatcherTables(stored, list))).toEqual(plain(tables));
  });
});
