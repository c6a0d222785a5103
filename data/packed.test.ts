import { describe, expect, it } from 'vitest';
import { patterns } from '.';
import { packPatterns, unpackPatterns } from './packed';

describe('packed patterns', () => {
  it('round-trip', () => {
    expect(unpackPatterns(packPatterns(patterns))).toEqual(patterns);
  });
});
