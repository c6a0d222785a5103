/**
 * Character-level differences between a quotation and the statement's passage,
 * shown on the original: what the page added, what it dropped, what it changed.
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

export type DiffSegment =
  | { kind: 'same'; text: string }
  | { kind: 'dropped'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'changed'; from: string; to: string };

/**
 * Segments to display over the original text. `originalCore` indexes into
 * `originalText` through `corePositions` (punctuation and spaces are not part
 * of the comparison and are shown as they are).
 */
export function diffSegments(
  originalText: string,
  corePositions: readonly number[],
  pageCore: string,
  ops: readonly EditOp[],
): DiffSegment[] {
  const segments: DiffSegment[] = [];
  const push = (segment: DiffSegment) => {
    const last = segments[segments.length - 1];
    if (last && last.kind === segment.kind && segment.kind !== 'changed' && last.kind !== 'changed') {
      (last as { text: string }).text += (segment as { text: string }).text;
    } else segments.push(segment);
  };
  let shown = 0; // original characters shown so far
  /** Punctuation and spaces since the last core character shown, then the core character. */
  const originalUpTo = (coreIndex: number) => {
    const at = corePositions[coreIndex]!;
    const lead = originalText.slice(shown, at);
    shown = Math.max(shown, at + 1);
    return { lead, char: originalText.slice(at, at + 1) };
  };
  for (let k = 0; k < ops.length;) {
    const op = ops[k]!;
    if (op.type === 'equal') {
      const { lead, char } = originalUpTo(op.original);
      push({ kind: 'same', text: lead + char });
      k++;
      continue;
    }
    let dropped = '';
    let added = '';
    while (k < ops.length && ops[k]!.type !== 'equal') {
      const edit = ops[k]!;
      if (edit.type === 'delete') {
        const { lead, char } = originalUpTo(edit.original);
        // Punctuation before the first dropped character is unchanged text, not part of the change.
        if (dropped) dropped += lead + char;
        else {
          if (lead) push({ kind: 'same', text: lead });
          dropped = char;
        }
      } else added += pageCore[edit.page];
      k++;
    }
    if (dropped && added) push({ kind: 'changed', from: dropped, to: added });
    else if (dropped) push({ kind: 'dropped', text: dropped });
    else push({ kind: 'added', text: added });
  }
  if (shown < originalText.length) push({ kind: 'same', text: originalText.slice(shown) });
  return segments;
}
