import { describe, expect, it } from 'vitest';
import { citation, citationLanguageFor, withCitation } from './cite';

describe('citations', () => {
  it('formats the Chinese citation as the project specifies, saying the numbering is Yuanwen’s', () => {
    expect(citation(12, 'zh')).toBe('——《中美联合声明》（1997年10月29日），第12段（段落编号为原文扩展所加）');
    expect(citation(12, 'zh')).toMatch(/^——《中美联合声明》（1997年10月29日），第12段/);
  });
  it('formats a traditional-script citation', () => {
    expect(citation(4, 'zh-Hant')).toBe('——《中美聯合聲明》（1997年10月29日），第4段（段落編號為原文擴充功能所加）');
  });
  it('formats an English citation, saying the numbering is Yuanwen’s', () => {
    expect(citation(4, 'en')).toBe('— China–U.S. Joint Statement (29 October 1997), para. 4 (Yuanwen’s numbering)');
  });
  it('puts the citation on its own line after the text', () => {
    expect(withCitation('原文。', 3, 'zh')).toBe(`原文。\n${citation(3, 'zh')}`);
  });
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh_SG', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh_MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zhx', 'en'],
  ] as const)('cites in the interface language: %s → %s', (ui, language) => {
    expect(citationLanguageFor(ui)).toBe(language);
  });
});
