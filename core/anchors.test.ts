import { describe, expect, it } from 'vitest';
import { paragraphAnchor, paragraphFromHash } from './anchors';

describe('paragraph anchors', () => {
  it('round-trips', () => {
    expect(paragraphFromHash(`#${paragraphAnchor(12)}`, 31)).toBe(12);
  });
  it.each(['', '#', '#p0', '#p32', '#p-1', '#p1x', '#s3', '#p０', '#p' + '9'.repeat(40)])('rejects %j', (hash) => {
    expect(paragraphFromHash(hash, 31)).toBeNull();
  });
});
