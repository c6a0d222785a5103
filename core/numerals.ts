/**
 * Numbers written in figures (1997, 30, ２１) and the statement's Chinese numerals (一九九七, 三十, 二十一):
 * the same number in another script. Years are read digit by digit, counts and ordinals by value.
 * Search writes figures as numerals (the ways the statement may write them); quote checking reads
 * numerals as figures on both sides, so a number in either script compares equal and a changed one
 * does not.
 */

const DIGITS = '〇一二三四五六七八九';
const UNITS = ['', '十', '百', '千'];

/** Figures read digit by digit, as years are written: 1997 → 一九九七. */
export function digitByDigit(figures: string): string {
  return [...figures].map((figure) => DIGITS[Number(figure)] ?? figure).join('');
}

/** A whole number below 10,000 read by value: 30 → 三十, 21 → 二十一, 12 → 十二, 105 → 一百零五. Null beyond. */
export function byValue(figures: string): string | null {
  const n = Number(figures);
  if (!/^\d+$/.test(figures) || n >= 10_000) return null;
  if (n === 0) return '〇';
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((digit, i) => {
    const unit = UNITS[digits.length - 1 - i]!;
    if (digit === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十二, not 一十二, when ten is the leading unit.
    out += (digit === 1 && unit === '十' && out === '' ? '' : DIGITS[digit]!) + unit;
  });
  return out;
}

/** Half-width digits for full-width ones (１９９８ → 1998). */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (figure) => String.fromCharCode(figure.charCodeAt(0) - 0xfee0));
}

/**
 * Every way the statement may write a text that has figures in it, most likely first: each run of
 * figures by value and digit by digit (a four-figure run before 年 only digit by digit). At most `limit`.
 */
export function chineseNumeralReadings(text: string, limit = 16): string[] {
  const ascii = asciiDigits(text);
  let readings = [''];
  let last = 0;
  for (const match of ascii.matchAll(/\d+/g)) {
    const before = ascii.slice(last, match.index);
    const figures = match[0];
    const next = ascii[match.index + figures.length];
    const value = byValue(figures);
    const options =
      figures.length === 4 && next === '年'
        ? [digitByDigit(figures)]
        : [...new Set([value, digitByDigit(figures)].filter((o): o is string => o !== null))];
    readings = readings.flatMap((reading) => options.map((option) => reading + before + option)).slice(0, limit);
    last = match.index + figures.length;
  }
  return readings.map((reading) => reading + ascii.slice(last));
}

// Numerals read as figures, for comparing quotations.

const VALUES: Readonly<Record<string, number>> = {
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
const PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const GROUPS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/** 两 is a numeral only before a unit (两千, 两百万); elsewhere (两国, 两岸) it is a word. */
const RUN = /(?:两(?=[十百千万亿])|[〇零一二三四五六七八九十百千万亿])+/gu;

/**
 * The value of a run of Chinese numerals as figures: digit by digit when it has
 * no units (一九九七 → 1997), by place value otherwise (二十一 → 21, 十一 → 11).
 */
export function numeralValue(run: string): string {
  const chars = [...run];
  if (!chars.some((c) => c in PLACES || c in GROUPS)) return chars.map((c) => VALUES[c] ?? 2).join('');
  let total = 0;
  let section = 0;
  let digit = -1; // the digit waiting for its unit, or -1
  for (const c of chars) {
    if (c in PLACES) {
      section += (digit < 0 ? 1 : digit) * PLACES[c]!; // 十 alone is ten
      digit = -1;
    } else if (c in GROUPS) {
      const group = section + Math.max(digit, 0);
      total += (group === 0 ? 1 : group) * GROUPS[c]!;
      section = 0;
      digit = -1;
    } else digit = VALUES[c] ?? 2;
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
