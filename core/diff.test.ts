import { describe, expect, it } from 'vitest';
import { diffSegments, editScript } from './diff';

/** Diff of plain strings (every character is a core character). */
const diff = (original: string, page: string) =>
  diffSegments(
    original,
    [...original].map((_, i) => i),
    page,
    editScript(original, page),
  );

describe('diffSegments', () => {
  it('marks nothing for identical text', () => {
    expect(diff('两国同意', '两国同意')).toEqual([{ kind: 'same', text: '两国同意' }]);
  });
  it('marks a changed, a dropped and an added character', () => {
    expect(diff('三十多个', '二十多个')).toEqual([
      { kind: 'changed', from: '三', to: '二' },
      { kind: 'same', text: '十多个' },
    ]);
    expect(diff('最重要最敏感', '最重要')).toEqual([
      { kind: 'same', text: '最重要' },
      { kind: 'dropped', text: '最敏感' },
    ]);
    expect(diff('元首定期访问', '元首每年定期访问')).toEqual([
      { kind: 'same', text: '元首' },
      { kind: 'added', text: '每年' },
      { kind: 'same', text: '定期访问' },
    ]);
  });
  it('keeps punctuation before a change as unchanged text', () => {
    const original = '条约》尽早生效。';
    const core = [0, 1, 3, 4, 5, 6]; // 条 约 尽 早 生 效
    const segments = diffSegments(original, core, '条约早日生效', editScript('条约尽早生效', '条约早日生效'));
    expect(segments[0]).toEqual({ kind: 'same', text: '条约》' });
    expect(segments.map((s) => (s.kind === 'changed' ? s.from : s.kind === 'added' ? '' : s.text)).join('')).toBe(
      original,
    );
  });
});
