import { describe, expect, it } from 'vitest';
import { citation, withCitation } from './cite';

describe('citations', () => {
  it('formats the Chinese citation as the project specifies', () => {
    expect(citation(12, 'zh')).toBe('——《中美联合声明》（1997年10月29日），第12段');
  });
  it('formats an English citation', () => {
    expect(citation(4, 'en')).toBe('— China–U.S. Joint Statement (29 October 1997), para. 4');
  });
  it('puts the citation on its own line after the text', () => {
    expect(withCitation('原文。', 3, 'zh')).toBe('原文。\n——《中美联合声明》（1997年10月29日），第3段');
  });
});
