import { describe, expect, it } from 'vitest';
import { placeCard } from './placement';

const viewport = { width: 800, height: 600 };
const card = { width: 300, height: 200 };

describe('placeCard', () => {
  it('puts the card below the term when there is room', () => {
    expect(placeCard({ left: 100, top: 100, width: 40, height: 20 }, card, viewport)).toEqual({ left: 100, top: 126 });
  });
  it('puts it above a term near the bottom', () => {
    expect(placeCard({ left: 100, top: 500, width: 40, height: 20 }, card, viewport)).toEqual({ left: 100, top: 294 });
  });
  it('keeps it inside the right edge and the left edge', () => {
    expect(placeCard({ left: 780, top: 100, width: 40, height: 20 }, card, viewport).left).toBe(492);
    expect(placeCard({ left: -50, top: 100, width: 40, height: 20 }, card, viewport).left).toBe(8);
  });
  it('stays inside a viewport smaller than the card', () => {
    const placed = placeCard({ left: 10, top: 10, width: 40, height: 20 }, card, { width: 200, height: 150 });
    expect(placed).toEqual({ left: 8, top: 8 });
  });
});
