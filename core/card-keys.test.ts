import { describe, expect, it } from 'vitest';
import { cardKeyAction } from './card-keys';

const press = (
  key: string,
  modifiers: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey' | 'isComposing', boolean>> = {},
) => cardKeyAction({ key, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });

describe('cardKeyAction', () => {
  it.each([
    ['c', 'copy'],
    ['C', 'copy'],
    ['o', 'open'],
    ['n', 'next'],
    ['p', 'previous'],
    ['Escape', 'close'],
  ] as const)('%s → %s', (key, action) => {
    expect(press(key)).toBe(action);
  });
  it('leaves other keys alone', () => {
    for (const key of ['a', 'x', 'Enter', 'Tab', ' ', 'ArrowDown', 'Shift']) expect(press(key)).toBeNull();
  });
  it('leaves keys with Ctrl, Alt or Meta to the browser (Ctrl+C copies a selection), and keys an input method composes', () => {
    expect(press('c', { ctrlKey: true })).toBeNull();
    expect(press('c', { metaKey: true })).toBeNull();
    expect(press('n', { altKey: true })).toBeNull();
    expect(press('n', { isComposing: true })).toBeNull();
  });
});
