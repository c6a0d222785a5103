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
  /** How many folded code units there are. */
  length: number;
  /**
   * The folded code units: what the matcher reads, without building a string.
   * From `normalizeTransient` these buffers run longer than `length`: read below it only.
   */
  codes: Uint16Array;
  /** For folded code unit i: where its source character starts and ends in `source`. */
  starts: Uint32Array;
  ends: Uint32Array;
  source: string;
}

export type FoldTable = Readonly<Record<string, string>>;

const DROPPED = new Set([0x0000, 0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
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

/** In a code table: the character folds to itself (most do, so the table starts as zeros). */
const SAME = 0;
/** In a code table: drop the character (zero-width, soft hyphen). */
const DROP = 0xfffe;
/** In a code table: whitespace. */
const SPACE = 0xffff;
const codeTables = new WeakMap<FoldTable, Uint16Array>();

/**
 * Every BMP code unit → its folded code unit (or SAME / DROP / SPACE), built
 * once per fold table: the hot loop then does one array read per character.
 * Only the few hundred characters that change are written, not all 65,536.
 */
export function foldCodes(fold: FoldTable): Uint16Array {
  let table = codeTables.get(fold);
  if (table) return table;
  table = new Uint16Array(65536);
  for (let code = 0x41; code <= 0x5a; code++) table[code] = code + 0x20; // ASCII capitals
  for (let code = 0xff01; code <= 0xff5e; code++) {
    const ascii = code - 0xfee0; // full-width ASCII
    table[code] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii;
  }
  for (const [from, to] of [...Object.entries(PUNCTUATION_FOLD), ...Object.entries(fold)]) {
    if (from.length === 1 && to.length === 1) table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  for (const code of WHITESPACE) table[code] = SPACE;
  for (const code of DROPPED) table[code] = DROP;
  codeTables.set(fold, table);
  return table;
}

/**
 * Folds text that arrives in pieces (a block's text nodes, one after another)
 * exactly as `normalize` folds the pieces joined, into buffers reused from one
 * text to the next: the scanner folds each node as it walks, with no joined
 * string and nothing allocated per block. Read it (it is a `Normalized`) after
 * `finish()`, and only below `length`: the buffers run longer.
 */
export class TextFolder implements Normalized {
  codes: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  length = 0;
  /** The pieces appended since the last reset. */
  private readonly pieces: string[] = [];
  /** Source characters so far. */
  sourceLength = 0;
  private readonly table: Uint16Array;
  private joined: string | null = null;
  private folded: string | null = null;
  /** The last kept source character, before folding: full-width punctuation folds to ASCII. */
  private previous = 0;
  /** Where an unfinished whitespace run began, or -1. */
  private spaceStart = -1;
  /** A high surrogate that ended the last piece, waiting for its partner, or -1. */
  private high = -1;

  constructor(
    private readonly fold: FoldTable,
    capacity = 256,
  ) {
    this.table = foldCodes(fold);
    this.codes = new Uint16Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
  }

  /** The source text: the pieces joined (built on first read). */
  get source(): string {
    return (this.joined ??= this.pieces.join(''));
  }

  get text(): string {
    return (this.folded ??= fromCodes(this.codes, this.length));
  }

  reset(): this {
    this.length = this.sourceLength = this.previous = 0;
    this.spaceStart = this.high = -1;
    this.pieces.length = 0;
    this.joined = this.folded = null;
    return this;
  }

  append(piece: string): this {
    const length = piece.length;
    const base = this.sourceLength;
    this.pieces.push(piece);
    this.joined = this.folded = null;
    this.sourceLength += length;
    if (this.length + length + 2 > this.codes.length) this.grow(this.length + length + 2);
    let i = 0;
    if (this.high >= 0 && length > 0) {
      this.pair(this.high, piece.charCodeAt(0), base - 1);
      this.high = -1;
      i = 1;
    }
    // The loop runs for every character on the page, mostly before the JIT has warmed
    // up: state in locals, no calls for an ordinary character.
    const { table, codes, starts, ends } = this;
    let out = this.length;
    let spaceStart = this.spaceStart;
    let previous = this.previous;
    for (; i < length; i++) {
      const code = piece.charCodeAt(i);
      let folded = table[code]!;
      if (folded === SAME) folded = code;
      else if (folded === SPACE || folded === DROP) {
        if (spaceStart < 0 && folded === SPACE) spaceStart = base + i;
        continue;
      }
      if (spaceStart >= 0) {
        // Line breaks inside Chinese text are layout; between words they are a space.
        if (out > 0 && !(isCjk(previous) && isCjk(code))) {
          codes[out] = 0x20;
          starts[out] = spaceStart;
          ends[out++] = base + i;
        }
        spaceStart = -1;
      }
      previous = code;
      if (code >= 0xd800 && code <= 0xdbff) {
        // A supplementary character: kept whole (folded only if the table names the pair).
        this.length = out;
        if (i + 1 < length) this.pair(code, piece.charCodeAt(++i), base + i - 1);
        else this.high = code;
        out = this.length;
        continue;
      }
      codes[out] = folded;
      starts[out] = base + i;
      ends[out++] = base + i + 1;
    }
    this.length = out;
    this.spaceStart = spaceStart;
    this.previous = previous;
    return this;
  }

  /** Ends the text: trailing whitespace is dropped, a high surrogate left alone is kept as it is. */
  finish(): this {
    if (this.high >= 0) this.push(this.high, this.sourceLength - 1, this.sourceLength);
    this.high = this.spaceStart = -1;
    return this;
  }

  private pair(high: number, low: number, start: number): void {
    const source = String.fromCharCode(high, low);
    const folded = this.fold[source] ?? source;
    for (let k = 0; k < folded.length; k++) this.push(folded.charCodeAt(k), start, start + 2);
  }

  private push(code: number, start: number, end: number): void {
    const at = this.length++;
    this.codes[at] = code;
    this.starts[at] = start;
    this.ends[at] = end;
  }

  /** Room for `needed` code units (a piece never folds to more than its length + 2). */
  private grow(needed: number): void {
    const size = Math.max(needed, 2 * this.codes.length);
    const codes = new Uint16Array(size);
    const starts = new Uint32Array(size);
    const ends = new Uint32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
}

export function normalize(source: string, fold: FoldTable): Normalized {
  const folder = new TextFolder(fold, source.length + 2).append(source).finish();
  const { length } = folder;
  let text: string | undefined;
  return {
    get text() {
      return (text ??= folder.text);
    },
    length,
    codes: folder.codes.subarray(0, length),
    starts: folder.starts.subarray(0, length),
    ends: folder.ends.subarray(0, length),
    source,
  };
}

const transientFolders = new WeakMap<FoldTable, TextFolder>();

/**
 * The same, into buffers shared between calls: nothing allocated per call on
 * the scanning hot path. The result (one object, reused) is valid only until
 * the next call, and its buffers run past `length`.
 */
export function normalizeTransient(source: string, fold: FoldTable): Normalized {
  let folder = transientFolders.get(fold);
  if (!folder) transientFolders.set(fold, (folder = new TextFolder(fold, 4096)));
  return folder.reset().append(source).finish();
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
    const at = start < normalized.length ? normalized.starts[start]! : normalized.source.length;
    return [at, at];
  }
  return [normalized.starts[start]!, normalized.ends[end - 1]!];
}

/** Normalises a pattern (an alias) the same way as page text. */
export function normalizePattern(pattern: string, fold: FoldTable): string {
  return normalize(pattern, fold).text.trim();
}
