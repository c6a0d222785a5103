/**
 * Chinese numerals read as figures, for comparison only: news writes dates and
 * counts in figures (GB/T 15835: 1997年, 30多个, 21世纪) where the statement
 * writes 一九九七年, 三十多个, 二十一世纪. Both sides are read into the same
 * figures, so a number in the other script compares equal and a changed number
 * does not. Each figure keeps a place in the numeral it was read from.
 */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const GROUPS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/** 两 is a numeral only before a unit (两千, 两百万); elsewhere (两国, 两岸) it is a word. */
const RUN = /(?:两(?=[十百千万亿])|[〇零一二三四五六七八九十百千万亿])+/gu;

/**
 * The value of a run of Chinese numerals as figures: digit by digit when it has
 * no units (一九九七 → 1997), by place value otherwise (二十一 → 21, 十一 → 11).
 */
export function numeralValue(run: string): string {
  const chars = [...run];
  if (!chars.some((c) => c in UNITS || c in GROUPS)) return chars.map((c) => DIGITS[c] ?? 2).join('');
  let total = 0;
  let section = 0;
  let digit = -1; // the digit waiting for its unit, or -1
  for (const c of chars) {
    if (c in UNITS) {
      section += (digit < 0 ? 1 : digit) * UNITS[c]!; // 十 alone is ten
      digit = -1;
    } else if (c in GROUPS) {
      const group = section + Math.max(digit, 0);
      total += (group === 0 ? 1 : group) * GROUPS[c]!;
      section = 0;
      digit = -1;
    } else digit = DIGITS[c] ?? 2;
  }
  return String(total + section + Math.max(digit, 0));
}

/**
 * Rewrites the Chinese numerals in a comparison text as figures. `places[i]`
 * is where core unit i comes from; each figure takes a place inside its
 * numeral, the first and last figures its first and last characters, so the
 * numeral's whole extent is recoverable.
 */
export function readNumerals(core: string, places: readonly number[]): { core: string; places: number[] } {
  if (!RUN.test(core)) return { core, places: [...places] };
  RUN.lastIndex = 0;
  let out = '';
  const outPlaces: number[] = [];
  let at = 0;
  for (const match of core.matchAll(RUN)) {
    out += core.slice(at, match.index);
    for (let i = at; i < match.index; i++) outPlaces.push(places[i]!);
    const figures = numeralValue(match[0]);
    const last = match[0].length - 1;
    for (let k = 0; k < figures.length; k++) {
      const from = figures.length === 1 ? 0 : Math.round((k * last) / (figures.length - 1));
      outPlaces.push(places[match.index + from]!);
    }
    out += figures;
    at = match.index + match[0].length;
  }
  out += core.slice(at);
  for (let i = at; i < core.length; i++) outPlaces.push(places[i]!);
  return { core: out, places: outPlaces };
}

/** Whether a code unit is part of a number, in figures or Chinese numerals (for the trigram sieve). */
export function isNumeralCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || NUMERAL_CODES.has(code);
}
const NUMERAL_CODES = new Set([...'〇零一二三四五六七八九十百千万亿两'].map((c) => c.charCodeAt(0)));
