/**
 * Normalisation for matching only (display keeps the page's own text):
 * traditional → simplified folding, full/half width, quotation-mark and dash
 * variants, zero-width characters and soft hyphens dropped, whitespace collapsed
 * (and dropped between CJK characters), ASCII lower-cased. An offset map leads
 * every folded code unit back to the source.
 */

export interface Normalized {
  /** The folded text that matchers search (built on first read). */
  readonly text: string;
  /** The same, as code units: what the matcher reads, without building a string. */
  codes: Uint16Array;
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

/** In a code table: drop the character (zero-width, soft hyphen). */
const DROP = 0;
/** In a code table: whitespace. */
const SPACE = 0xffff;
const codeTables = new WeakMap<FoldTable, Uint16Array>();

/**
 * Every BMP code unit → its folded code unit (or DROP / SPACE), built once per
 * fold table: the hot loop then does one array read per character.
 */
export function foldCodes(fold: FoldTable): Uint16Array {
  let table = codeTables.get(fold);
  if (table) return table;
  table = new Uint16Array(65536);
  for (let code = 0; code < 65536; code++) table[code] = code;
  for (let code = 0xff01; code <= 0xff5e; code++) table[code] = code - 0xfee0; // full-width ASCII
  for (let code = 0; code < 65536; code++) {
    const folded = table[code]!;
    if (folded >= 0x41 && folded <= 0x5a) table[code] = folded + 0x20;
  }
  for (const [from, to] of [...Object.entries(PUNCTUATION_FOLD), ...Object.entries(fold)]) {
    if (from.length === 1 && to.length === 1) table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  for (const code of WHITESPACE) table[code] = SPACE;
  for (const code of DROPPED) table[code] = DROP;
  codeTables.set(fold, table);
  return table;
}

interface Buffers {
  codes: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

const freshBuffers = (length: number): Buffers => ({
  codes: new Uint16Array(length),
  starts: new Uint32Array(length),
  ends: new Uint32Array(length),
});

let scratch = freshBuffers(4096);

export function normalize(source: string, fold: FoldTable): Normalized {
  return normalizeInto(source, fold, freshBuffers(source.length));
}

/**
 * The same, written into buffers shared between calls: no allocation per block
 * on the scanning hot path. The result is valid only until the next call.
 */
export function normalizeTransient(source: string, fold: FoldTable): Normalized {
  if (scratch.codes.length < source.length) scratch = freshBuffers(Math.max(source.length, 2 * scratch.codes.length));
  return normalizeInto(source, fold, scratch);
}

function normalizeInto(source: string, fold: FoldTable, { codes, starts, ends }: Buffers): Normalized {
  const table = foldCodes(fold);
  const length = source.length;
  let out = 0;
  let i = 0;
  /** The last kept source character, before folding: full-width punctuation folds to ASCII. */
  let previous = 0;
  while (i < length) {
    const code = source.charCodeAt(i);
    const folded = table[code]!;
    if (folded === DROP) {
      i++;
      continue;
    }
    if (folded === SPACE) {
      const runStart = i;
      while (i < length) {
        const mapped = table[source.charCodeAt(i)]!;
        if (mapped !== SPACE && mapped !== DROP) break;
        i++;
      }
      // Line breaks inside Chinese text are layout; between words they are a space.
      if (out > 0 && i < length && !(isCjk(previous) && isCjk(source.charCodeAt(i)))) {
        codes[out] = 0x20;
        starts[out] = runStart;
        ends[out] = i;
        out++;
      }
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      // A supplementary character: kept whole (folded only if the table names the pair).
      const pair = fold[source.slice(i, i + 2)] ?? source.slice(i, i + 2);
      for (let k = 0; k < pair.length; k++) {
        codes[out] = pair.charCodeAt(k);
        starts[out] = i;
        ends[out] = i + 2;
        out++;
      }
      previous = code;
      i += 2;
      continue;
    }
    codes[out] = folded;
    starts[out] = i;
    ends[out] = i + 1;
    out++;
    previous = code;
    i++;
  }
  let text: string | undefined;
  return {
    get text() {
      return (text ??= fromCodes(codes, out));
    },
    codes: codes.subarray(0, out),
    starts: starts.subarray(0, out),
    ends: ends.subarray(0, out),
    source,
  };
}

/** A string from the first `length` code units, in chunks small enough for `apply`. */
function fromCodes(codes: Uint16Array, length: number): string {
  let text = '';
  for (let at = 0; at < length; at += 4096) {
    text += String.fromCharCode.apply(null, codes.subarray(at, Math.min(length, at + 4096)) as unknown as number[]);
  }
  return text;
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
