import { describe, expect, it } from 'vitest';
import { stateWithoutScript } from './page-state';

describe('stateWithoutScript', () => {
  it.each([
    ['chrome://extensions/', 'unavailable'],
    ['chrome-extension://abc/reader.html', 'unavailable'],
    ['about:blank', 'unavailable'],
    ['https://news.example/a', 'absent'],
    ['http://127.0.0.1:4180/x.html', 'absent'],
    [undefined, 'absent'],
  ] as const)('%s → %s', (url, status) => {
    expect(stateWithoutScript(url).status).toBe(status);
  });
});
