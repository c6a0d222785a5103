/**
 * Where exactly a changed quotation sits in the statement. The approximate
 * search finds roughly where, but ties between readings with equal error
 * counts (ending before a dropped word or after it); a person reads the stretch
 * from the first to the last word the page shares with it, with the drops in
 * between. So: a fitting alignment (the whole quotation against any stretch of
 * the statement) that scores shared words above gaps, trimmed to its matches.
 */
import type { EditOp } from './diff';

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;

export interface Fit {
  /** The stretch of `text` the quotation corresponds to: [start, end). */
  start: number;
  end: number;
  /** Edit script of the stretch (original) against the quotation (page), as `editScript` gives it. */
  ops: EditOp[];
}

/**
 * Aligns all of `page` against the best stretch of `text[from, to)`. Words the
 * page has before its first shared word or after its last are added words; the
 * stretch never reaches past what the page shares with it.
 */
export function fitQuotation(text: string, from: number, to: number, page: string): Fit | null {
  const n = to - from;
  const m = page.length;
  if (n <= 0 || m === 0) return null;
  const width = n + 1;
  const score = new Int32Array((m + 1) * width);
  // 0 diagonal, 1 up (a page character not in the statement), 2 left (a statement character dropped).
  const move = new Uint8Array((m + 1) * width);
  for (let i = 1; i <= m; i++) {
    score[i * width] = i * GAP;
    move[i * width] = 1;
  }
  for (let i = 1; i <= m; i++) {
    const p = page.charCodeAt(i - 1);
    const row = i * width;
    const above = row - width;
    for (let j = 1; j <= n; j++) {
      const diagonal = score[above + j - 1]! + (text.charCodeAt(from + j - 1) === p ? MATCH : MISMATCH);
      const up = score[above + j]! + GAP;
      const left = score[row + j - 1]! + GAP;
      // Ties: a substitution over a gap, a page word over a dropped one.
      if (diagonal >= up && diagonal >= left) {
        score[row + j] = diagonal;
        move[row + j] = 0;
      } else if (up >= left) {
        score[row + j] = up;
        move[row + j] = 1;
      } else {
        score[row + j] = left;
        move[row + j] = 2;
      }
    }
  }
  // The best end; on a tie the earlier one (the shorter stretch: nothing past the page's last word).
  let endJ = 0;
  for (let j = 1; j <= n; j++) if (score[m * width + j]! > score[m * width + endJ]!) endJ = j;
  // Trace back: pairs of (statement index or -1, page index or -1).
  const pairs: [number, number][] = [];
  let i = m;
  let j = endJ;
  while (i > 0) {
    const step = move[i * width + j]!;
    const diagonal = step === 0 && j > 0;
    const up = !diagonal && (step === 1 || j === 0);
    pairs.push([up ? -1 : j - 1, diagonal || up ? i - 1 : -1]);
    if (!diagonal && !up) j--;
    else {
      i--;
      if (diagonal) j--;
    }
  }
  pairs.reverse();
  // Trim to the first and last shared characters.
  const isMatch = ([s, p]: [number, number]) => s >= 0 && p >= 0 && text[from + s] === page[p];
  const first = pairs.findIndex(isMatch);
  if (first === -1) return null;
  let last = pairs.length - 1;
  while (!isMatch(pairs[last]!)) last--;
  const start = pairs[first]![0];
  const end = pairs[last]![0] + 1;
  const ops: EditOp[] = [];
  for (let p = 0; p < pairs[first]![1]; p++) ops.push({ type: 'insert', original: 0, page: p });
  for (let k = first; k <= last; k++) {
    const [s, p] = pairs[k]!;
    if (s >= 0 && p >= 0) {
      if (text[from + s] === page[p]) ops.push({ type: 'equal', original: s - start, page: p });
      else {
        ops.push({ type: 'delete', original: s - start, page: p });
        ops.push({ type: 'insert', original: s - start + 1, page: p });
      }
    } else if (s >= 0) ops.push({ type: 'delete', original: s - start, page: pageIndexAfter(pairs, k) });
    else ops.push({ type: 'insert', original: statementIndexAfter(pairs, k) - start, page: p });
  }
  for (let p = pairs[last]![1] + 1; p < m; p++) ops.push({ type: 'insert', original: end - start, page: p });
  return { start: from + start, end: from + end, ops };
}

function pageIndexAfter(pairs: readonly [number, number][], k: number): number {
  for (let q = k; q < pairs.length; q++) if (pairs[q]![1] >= 0) return pairs[q]![1];
  return pairs.length;
}

function statementIndexAfter(pairs: readonly [number, number][], k: number): number {
  for (let q = k; q < pairs.length; q++) if (pairs[q]![0] >= 0) return pairs[q]![0];
  return pairs.length;
}
