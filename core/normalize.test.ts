import { describe, expect, it } from 'vitest';
import { normalize, normalizePattern, normalizeTransient, sourceRange } from './normalize';

const fold = { 臺: '台', 灣: '湾', 問: '问', 題: '题', 裡: '里' };

describe('normalize', () => {
  it.each([
    ['traditional to simplified', '臺灣問題', '台湾问题'],
    ['full width to half width, lower case', 'ＷＴＯ and WTO', 'wto and wto'],
    ['quotation marks and dashes', '“甲”‘乙’ a—b – c', '"甲"\'乙\' a-b - c'],
    [
      'zero-width characters and soft hyphens',
      '台\u200b湾\u00ad问\ufeff题 non\u00adproliferation',
      '台湾问题 nonproliferation',
    ],
    ['whitespace collapsed between words', '  one \n\t China\u00a0 policy ', 'one china policy'],
    ['whitespace dropped between CJK characters', '台湾\n  问题，\u3000世界', '台湾问题,世界'],
    ['whitespace kept between CJK and Latin', '加入 WTO 谈判', '加入 wto 谈判'],
    ['supplementary characters whole, a lone surrogate kept', '𠀋 \ud840 a \ud840', '𠀋\ud840 a \ud840'],
  ])('folds %s', (_, input, expected) => {
    expect(normalize(input, fold).text).toBe(expected);
  });

  it('maps every folded unit back into the source', () => {
    const source = 'A 臺\u200b灣  問題';
    const n = normalize(source, fold);
    expect(n.text).toBe('a 台湾问题');
    expect(sourceRange(n, 2, 6)).toEqual([2, source.length]);
    expect(source.slice(...sourceRange(n, 2, 4))).toBe('臺\u200b灣');
    for (let i = 0; i < n.text.length; i++) {
      expect(n.starts[i]).toBeLessThan(n.ends[i]!);
      expect(n.ends[i]).toBeLessThanOrEqual(source.length);
    }
  });

  it('keeps surrogate pairs whole', () => {
    const source = '𠀋台湾';
    const n = normalize(source, fold);
    expect(n.text).toBe('𠀋台湾');
    expect(sourceRange(n, 0, 2)).toEqual([0, 2]);
    expect(sourceRange(n, 2, 4)).toEqual([2, 4]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(normalize('', fold).text).toBe('');
    expect(normalize(' \n\u200b ', fold).text).toBe('');
    expect(sourceRange(normalize('', fold), 0, 0)).toEqual([0, 0]);
  });

  it('normalises patterns the same way, trimmed', () => {
    expect(normalizePattern(' One-China Policy ', fold)).toBe('one-china policy');
  });
});

describe('normalizeTransient', () => {
  it('gives the same result as normalize, reusing its buffers', () => {
    const long = '臺灣問題'.repeat(3000);
    for (const text of ['台\u200b湾问题', long, 'WTO']) {
      const transient = normalizeTransient(text, fold);
      const fresh = normalize(text, fold);
      expect(transient.length).toBe(fresh.length);
      expect(transient.text).toBe(fresh.text);
      expect([...transient.starts.subarray(0, transient.length)]).toEqual([...fresh.starts]);
      expect([...transient.ends.subarray(0, transient.length)]).toEqual([...fresh.ends]);
    }
  });
});
