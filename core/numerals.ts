/**
 * Numbers written in figures (1997, 30, ２１) and the statement's Chinese numerals (一九九七, 三十, 二十一):
 * the same number in another script. Years are read digit by digit, counts and ordinals by value.
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
