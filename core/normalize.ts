/**
 * Normalisation for matching only (display keeps the page's own text):
 * traditional → simplified folding, full/half width, quotation-mark and dash
 * variants, zero-width characters and soft hyphens dropped, whitespace collapsed
 * (and dropped between CJK characters), ASCII lower-cased. An offset map leads
 * every folded code unit back to the source.
 */

export interface Normalized {
  /** The folded text that matchers search. */
  text: string;
  /** For folded code unit i: where its source character starts and ends in `source`. */
  starts: Uint32Array;
  ends: Uint32Array;
  source: string;
}

export type FoldTable = Readonly<Record<string, string>>;

const DROPPED = new Set([0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const WHITESPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);
const PUNCTUATION_FOLD: Readonly<Record<string, string>> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '〝': '"',
  '〞': '"',
  '«': '"',
  '»': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  '﹣': '-',
  '─': '-',
  '・': '·',
  '•': '·',
  '‧': '·',
};

/** Han ideographs and CJK punctuation: whitespace between two of these is layout, not text. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xd840 && code <= 0xd87f) // high surrogates of the supplementary ideographic planes
  );
}

/** Folds one character (a code point as a string) to its matching form. */
export function foldCharacter(char: string, fold: FoldTable): string {
  let code = char.charCodeAt(0);
  if (char.length === 1) {
    if (code >= 0xff01 && code <= 0xff5e) {
      code -= 0xfee0; // full-width ASCII
      char = String.fromCharCode(code);
    }
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
    if (code < 0x80) return char;
  }
  return PUNCTUATION_FOLD[char] ?? fold[char] ?? char;
}

export function normalize(source: string, fold: FoldTable): Normalized {
  const length = source.length;
  const starts = new Uint32Array(length);
  const ends = new Uint32Array(length);
  let text = '';
  let out = 0;
  let i = 0;
  /** The last kept source character, before folding: full-width punctuation folds to ASCII. */
  let previous = 0;
  while (i < length) {
    const code = source.charCodeAt(i);
    if (DROPPED.has(code)) {
      i++;
      continue;
    }
    if (WHITESPACE.has(code)) {
      const runStart = i;
      while (i < length && (WHITESPACE.has(source.charCodeAt(i)) || DROPPED.has(source.charCodeAt(i)))) i++;
      const next = i < length ? source.charCodeAt(i) : 0;
      // Line breaks inside Chinese text are layout; between words they are a space.
      if (out > 0 && i < length && !(isCjk(previous) && isCjk(next))) {
        text += ' ';
        starts[out] = runStart;
        ends[out] = i;
        out++;
      }
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    const folded = foldCharacter(source.slice(i, i + width), fold);
    for (let k = 0; k < folded.length; k++) {
      starts[out] = i;
      ends[out] = i + width;
      out++;
    }
    text += folded;
    previous = code;
    i += width;
  }
  return { text, starts: starts.subarray(0, out), ends: ends.subarray(0, out), source };
}

/** The source range of folded range [start, end). */
export function sourceRange(normalized: Normalized, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < normalized.starts.length ? normalized.starts[start]! : normalized.source.length;
    return [at, at];
  }
  return [normalized.starts[start]!, normalized.ends[end - 1]!];
}

/** Normalises a pattern (an alias) the same way as page text. */
export function normalizePattern(pattern: string, fold: FoldTable): string {
  return normalize(pattern, fold).text.trim();
}
