/**
 * The first look at a page: could its text hold anything to mark at all? A page shows marks only
 * once it names a specific topic or a China–US anchor (general topics and quotations wait for
 * that; see relevance.ts), so the sieve looks for those terms only, in the page's text as one
 * string, with none of the scanner's word-boundary, visibility or main-text rules. It says yes
 * wherever the scanner could find something (and sometimes where it will not), and it is built
 * to be cheap on the pages where it says no: the text is folded with a few native string
 * operations (zero-width characters removed, traditional and full-width forms and dash variants
 * replaced, whitespace dropped or made one space, lower case), then each term is looked for with
 * `includes` — the browser's own string search, much faster than any loop over characters here.
 */
import { foldCodes, isCjk, type FoldTable } from './normalize';

export interface SieveSource {
  /** Chinese terms, folded, without spaces, one per line. */
  chinese: string;
  /** Other terms, folded (lower case), one per line. */
  latin: string;
  /** Acronyms, which the matcher takes only in capitals, one per line. */
  capitals: string;
  /** Characters that fold to another (traditional forms, dash and quotation variants)… */
  from: string;
  /** …and what each folds to (capitals stay capitals: the case is handled apart). */
  to: string;
}

/** Fold-table codes (see normalize.ts). */
const SAME = 0;
const DROP = 0xfffe;
const SPACE = 0xffff;

/** Characters folding drops (normalize.ts DROPPED). */
const DROPPED = /[\0\xad\u180e\u200b-\u200d\u2060\ufeff]/g;
const WHITESPACE = /[\s\x85]+/g;

/** The sieve's terms (at build time). */
export function sieveSource(terms: readonly { text: string; acronym: boolean }[], fold: FoldTable): SieveSource {
  const table = foldCodes(fold);
  // Only what folds to a character of some term (not, say, the full-width comma of every Chinese page).
  const used = new Set(terms.flatMap(({ text }) => [...text.toLowerCase()].map((char) => char.charCodeAt(0))));
  let from = '';
  let to = '';
  for (let code = 0x80; code < 65536; code++) {
    let folded = table[code]!;
    if (folded === SAME || folded === DROP || folded === SPACE || (code >= 0xd800 && code <= 0xdfff)) continue;
    if (!used.has(folded)) continue;
    // Full-width capitals stay capitals (acronyms are read in capitals).
    if (code >= 0xff21 && code <= 0xff3a) folded = code - 0xfee0;
    from += String.fromCharCode(code);
    to += String.fromCharCode(folded);
  }
  const chinese = new Set<string>();
  const latin = new Set<string>();
  const capitals = new Set<string>();
  for (const { text, acronym } of terms) {
    if (acronym) capitals.add(text.toUpperCase());
    else if ([...text].some((char) => isCjk(char.charCodeAt(0)))) chinese.add(text.replace(/ /g, ''));
    else latin.add(text);
  }
  const lines = (set: Set<string>) => [...set].join('\n');
  return { chinese: lines(chinese), latin: lines(latin), capitals: lines(capitals), from, to };
}

/** A regular expression's class of these characters. */
const classOf = (chars: string) =>
  `[${[...chars].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;

export class TopicSieve {
  private readonly chinese: string[];
  private readonly latin: string[];
  private readonly capitals: string[];
  private readonly folds: RegExp;
  private readonly to = new Map<string, string>();

  constructor(private readonly source: SieveSource) {
    this.chinese = source.chinese.split('\n');
    this.latin = source.latin.split('\n');
    this.capitals = source.capitals.split('\n');
    this.folds = new RegExp(classOf(source.from), 'g');
  }

  /** Whether this text (a page's text nodes joined) could hold a term. Native string work only, mostly. */
  test(text: string): boolean {
    let folded = text.replace(DROPPED, '');
    this.folds.lastIndex = 0;
    if (this.folds.test(folded)) folded = folded.replace(this.folds, (char) => this.fold(char));
    // Whitespace is dropped between Chinese characters: all of it, here (more says yes, never less).
    const packed = folded.replace(WHITESPACE, '');
    for (const term of this.chinese) if (packed.includes(term)) return true;
    const spaced = folded.replace(WHITESPACE, ' ');
    for (const term of this.capitals) if (spaced.includes(term)) return true;
    const lower = spaced.toLowerCase();
    for (const term of this.latin) if (lower.includes(term)) return true;
    return false;
  }

  private fold(char: string): string {
    if (this.to.size === 0) {
      const { from, to } = this.source;
      for (let i = 0; i < from.length; i++) this.to.set(from[i]!, to[i]!);
    }
    return this.to.get(char) ?? char;
  }
}
