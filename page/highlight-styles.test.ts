import { describe, expect, it } from 'vitest';
import { scopeToRoot } from './highlight-styles';

describe('scopeToRoot', () => {
  it('puts every ::highlight rule on the root element', () => {
    const css =
      '/* c */\n::highlight(yuanwen-mention) {\n  color: red;\n}\n::highlight(a),\n::highlight(b) { color: blue }';
    expect(scopeToRoot(css)).toBe(
      '/* c */\nhtml::highlight(yuanwen-mention) {\n  color: red;\n}\nhtml::highlight(a),\nhtml::highlight(b) { color: blue }',
    );
  });
});
