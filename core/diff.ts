/**
 * Character-level differences between a quotation and the statement's passage,
 * shown on two lines: the page's words with what it added or changed, the
 * original with what the page dropped or changed.
 */

export type EditOp = { type: 'equal' | 'delete' | 'insert'; original: number; page: number };

/** Longest-common-subsequence edit script; `delete` = in the original only, `insert` = on the page only. */
export function editScript(original: string, page: string): EditOp[] {
  const n = original.length;
  const m = page.length;
  // Suffix LCS lengths; sizes are capped by the caller (a sentence or two).
  const table = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] =
        original[i] === page[j] ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    }
  }
  const ops: EditOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && original[i] === page[j]) ops.push({ type: 'equal', original: i++, page: j++ });
    else if (j < m && (i === n || table[at(i, j + 1)]! >= table[at(i + 1, j)]!))
      ops.push({ type: 'insert', original: i, page: j++ });
    else ops.push({ type: 'delete', original: i++, page: j });
  }
  return ops;
}

/** How a part of a line differs: on the page's line `added`, on the original's `dropped`; `changed` on both. */
export type Change = 'same' | 'added' | 'dropped' | 'changed';

export interface DiffPart {
  text: string;
  change: Change;
}

/** The page's words and the original on two lines, as a code review shows a change. */
export interface TwoLineDiff {
  page: DiffPart[];
  original: DiffPart[];
}

/** A text and its comparison characters: `core[i]` stands for the character at `places[i]` of `text`. */
export interface ComparedText {
  text: string;
  core: string;
  places: readonly number[];
}

/**
 * Marks each side of an edit script on its own text: punctuation and spaces
 * are not compared and take the mark of the characters around them when both
 * agree. A number is one word: a change anywhere in it marks all of it on both
 * sides (三十 → 20, not 三 → 2).
 */
export function twoLineDiff(original: ComparedText, page: ComparedText, ops: readonly EditOp[]): TwoLineDiff {
  const originalMarks = new Array<Change>(original.core.length).fill('same');
  const pageMarks = new Array<Change>(page.core.length).fill('same');
  for (let k = 0; k < ops.length;) {
    if (ops[k]!.type === 'equal') {
      k++;
      continue;
    }
    const group: EditOp[] = [];
    while (k < ops.length && ops[k]!.type !== 'equal') group.push(ops[k++]!);
    const both = group.some((op) => op.type === 'delete') && group.some((op) => op.type === 'insert');
    for (const op of group) {
      if (op.type === 'delete') originalMarks[op.original] = both ? 'changed' : 'dropped';
      else pageMarks[op.page] = both ? 'changed' : 'added';
    }
  }
  markWholeNumbers(original.core, page.core, originalMarks, pageMarks, ops);
  return { page: lineParts(page, pageMarks), original: lineParts(original, originalMarks) };
}

/** Runs of figures: each unit's run id, or -1. */
function numberRuns(core: string): Int32Array {
  const runs = new Int32Array(core.length).fill(-1);
  let id = -1;
  for (let i = 0; i < core.length; i++) {
    const digit = core.charCodeAt(i) >= 0x30 && core.charCodeAt(i) <= 0x39;
    if (!digit) continue;
    if (i === 0 || runs[i - 1] === -1) id++;
    runs[i] = id;
  }
  return runs;
}

function markWholeNumbers(
  originalCore: string,
  pageCore: string,
  originalMarks: Change[],
  pageMarks: Change[],
  ops: readonly EditOp[],
): void {
  const originalRuns = numberRuns(originalCore);
  const pageRuns = numberRuns(pageCore);
  const touched = (runs: Int32Array, marks: Change[]) => {
    const set = new Set<number>();
    runs.forEach((run, i) => run >= 0 && marks[i] !== 'same' && set.add(run));
    return set;
  };
  // A change spreads across a number, and through its equal figures to the number on the other side.
  for (let changed = true; changed;) {
    changed = false;
    const dirtyOriginal = touched(originalRuns, originalMarks);
    const dirtyPage = touched(pageRuns, pageMarks);
    for (const op of ops) {
      if (op.type !== 'equal') continue;
      const dirty = dirtyOriginal.has(originalRuns[op.original]!) || dirtyPage.has(pageRuns[op.page]!);
      if (dirty && (originalMarks[op.original] !== 'changed' || pageMarks[op.page] !== 'changed')) {
        originalMarks[op.original] = pageMarks[op.page] = 'changed';
        changed = true;
      }
    }
    originalRuns.forEach((run, i) => {
      if (run >= 0 && dirtyOriginal.has(run) && originalMarks[i] === 'same') originalMarks[i] = 'changed';
    });
    pageRuns.forEach((run, i) => {
      if (run >= 0 && dirtyPage.has(run) && pageMarks[i] === 'same') pageMarks[i] = 'changed';
    });
  }
}

/** The text cut into parts by mark; characters between compared ones take the mark both sides agree on. */
function lineParts({ text, places }: ComparedText, marks: readonly Change[]): DiffPart[] {
  const charMarks = new Array<Change | null>(text.length).fill(null);
  places.forEach((place, i) => {
    // A numeral read as several figures: any changed figure marks the character.
    if (charMarks[place] === null || charMarks[place] === 'same') charMarks[place] = marks[i]!;
  });
  let previous: Change | null = null;
  for (let c = 0; c < text.length; c++) {
    if (charMarks[c] !== null) {
      previous = charMarks[c]!;
      continue;
    }
    let next: Change | null = null;
    for (let d = c + 1; d < text.length; d++) {
      if (charMarks[d] !== null) {
        next = charMarks[d]!;
        break;
      }
    }
    charMarks[c] = previous !== null && previous === next ? previous : 'same';
  }
  const parts: DiffPart[] = [];
  for (let c = 0; c < text.length; c++) {
    const change = charMarks[c]!;
    const last = parts[parts.length - 1];
    if (last && last.change === change) last.text += text[c];
    else parts.push({ text: text[c]!, change });
  }
  return parts;
}
