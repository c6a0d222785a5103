import { describe, expect, it } from 'vitest';
import { HighlightLayer, highlightApiAvailable } from './highlights';

describe('HighlightLayer without the Highlight API', () => {
  it('falls back quietly: nothing painted, nothing thrown', () => {
    expect(highlightApiAvailable()).toBe(false); // vitest runs without a DOM
    const layer = new HighlightLayer('yuanwen-mention');
    expect(() => layer.addAll([{} as AbstractRange])).not.toThrow();
    expect(() => layer.deleteAll([{} as AbstractRange])).not.toThrow();
    expect(layer.size).toBe(0);
    expect(() => layer.dispose()).not.toThrow();
  });
});
