import { describe, expect, it } from 'vitest';
import { fold, topics } from '..';
import { buildPatterns, isAcronym } from './patterns';

describe('buildPatterns', () => {
  it('flags acronyms', () => {
    expect(['WTO', 'U.N.', 'P5'].every(isAcronym)).toBe(true);
    expect(['Wto', 'one-China policy', 'S&T agreements'].some(isAcronym)).toBe(false);
  });

  it('refuses an alias shared by two topics', () => {
    const [a, b] = topics as [(typeof topics)[0], (typeof topics)[0]];
    expect(() => buildPatterns([a, { ...b, en: [a.en[0]!] }], [], fold)).toThrow(/two topics/);
  });
});
