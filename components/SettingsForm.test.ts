import { describe, expect, it } from 'vitest';
import { parseCardDelay } from './SettingsForm';

describe('parseCardDelay', () => {
  it.each([
    ['0', 0],
    ['250', 250],
    [' 2000 ', 2000],
    ['', null],
    ['-5', null],
    ['2001', null],
    ['12.5', null],
    ['1e3', null],
    ['soon', null],
  ])('%j → %j', (text, value) => {
    expect(parseCardDelay(text)).toBe(value);
  });
});
