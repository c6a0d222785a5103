import { describe, expect, it } from 'vitest';
import { editScript, twoLineDiff } from './diff';

/** Diff of plain strings (every character is a compared character). */
const plain = (text: string) => ({ text, core: text, places: [...text].map((_, i) => i) });
const diff = (original: string, page: string) => twoLineDiff(plain(original), plain(page), editScript(original, page));

describe('twoLineDiff', () => {
  it('marks nothing for identical text', () => {
    expect(diff('两国同意', '两国同意')).toEqual({
      page: [{ text: '两国同意', change: 'same' }],
      original: [{ text: '两国同意', change: 'same' }],
    });
  });
  it('marks a change on both lines, a drop on the original, an addition on the page', () => {
    expect(diff('中美将合作', '中美要合作')).toEqual({
      page: [
        { text: '中美', change: 'same' },
        { text: '要', change: 'changed' },
        { text: '合作', change: 'same' },
      ],
      original: [
        { text: '中美', change: 'same' },
        { text: '将', change: 'changed' },
        { text: '合作', change: 'same' },
      ],
    });
    expect(diff('最重要最敏感', '最重要').original).toEqual([
      { text: '最重要', change: 'same' },
      { text: '最敏感', change: 'dropped' },
    ]);
    expect(diff('元首定期访问', '元首每年定期访问').page).toContainEqual({ text: '每年', change: 'added' });
  });
  it('marks a changed number whole on both sides, shown in each side’s own script', () => {
    const original = { text: '三十多个', core: '30多个', places: [0, 1, 2, 3] };
    const page = plain('20多个');
    const result = twoLineDiff(original, page, editScript(original.core, page.core));
    expect(result.original[0]).toEqual({ text: '三十', change: 'changed' });
    expect(result.page[0]).toEqual({ text: '20', change: 'changed' });
  });
  it('keeps punctuation between an unchanged and a changed word unmarked', () => {
    const original = { text: '条约》尽早生效。', core: '条约尽早生效', places: [0, 1, 3, 4, 5, 6] };
    const result = twoLineDiff(original, plain('条约早日生效'), editScript(original.core, '条约早日生效'));
    expect(result.original[0]).toEqual({ text: '条约》', change: 'same' });
    expect(result.original.map((p) => p.text).join('')).toBe(original.text);
  });
});
