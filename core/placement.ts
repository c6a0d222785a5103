/** Where a card goes: beside the term, always inside the viewport. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 6;
const MARGIN = 8;

/** Below the term when it fits, else above, else wherever the most room is; clamped to the viewport. */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - card.height;
  let top: number;
  if (below + card.height <= viewport.height - MARGIN) top = below;
  else if (above >= MARGIN) top = above;
  else top = viewport.height - anchor.top - anchor.height > anchor.top ? below : above;
  const left = anchor.left;
  return {
    left: clamp(left, MARGIN, viewport.width - card.width - MARGIN),
    top: clamp(top, MARGIN, viewport.height - card.height - MARGIN),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
