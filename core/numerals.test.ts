import { describe, expect, it } from 'vitest';
import { asciiDigits, byValue, chineseNumeralReadings, digitByDigit, numeralValue, readNumerals } from './numerals';

describe('numerals', () => {
  it.each([
    ['1997', '一九九七'],
    ['1985', '一九八五'],
    ['2000', '二〇〇〇'],
  ])('%s digit by digit is %s', (figures, chinese) => {
    expect(digitByDigit(figures)).toBe(chinese);
  });

  it.each([
    ['3', '三'],
    ['10', '十'],
    ['12', '十二'],
    ['21', '二十一'],
    ['30', '三十'],
    ['105', '一百零五'],
    ['1997', '一千九百九十七'],
    ['0', '〇'],
  ])('%s by value is %s', (figures, chinese) => {
    expect(byValue(figures)).toBe(chinese);
  });

  it('gives up by value past 9,999', () => {
    expect(byValue('10000')).toBeNull();
  });

  it('reads full-width figures', () => {
    expect(asciiDigits('１９９８年')).toBe('1998年');
  });

  it.each([
    ['1997年', ['一九九七年']],
    ['1997年10月', ['一九九七年十月', '一九九七年一〇月']],
    ['30多个', ['三十多个', '三〇多个']],
    ['２１世纪', ['二十一世纪', '二一世纪']],
    ['1997', ['一千九百九十七', '一九九七']],
    ['台湾问题', ['台湾问题']],
  ])('%s may be written %j', (text, readings) => {
    expect(chineseNumeralReadings(text)).toEqual(readings);
  });
});

describe('numeralValue', () => {
  it.each([
    ['一九九七', '1997'],
    ['二〇〇〇', '2000'],
    ['三', '3'],
    ['十', '10'],
    ['十一', '11'],
    ['三十', '30'],
    ['二十一', '21'],
    ['二十九', '29'],
    ['一百零五', '105'],
    ['两千', '2000'],
    ['三万五千', '35000'],
    ['一亿二千万', '120000000'],
  ])('%s → %s', (numeral, figures) => expect(numeralValue(numeral)).toBe(figures));
});

describe('readNumerals', () => {
  const read = (text: string) =>
    readNumerals(
      text,
      [...text].map((_, i) => i),
    );
  it('reads the numerals of a text as figures', () => {
    expect(read('一九九七年十一月三十多个').core).toBe('1997年11月30多个');
    expect(read('二十一世纪').core).toBe('21世纪');
  });
  it('keeps 两 as a word unless a unit follows it', () => {
    expect(read('两国两千').core).toBe('两国2000');
  });
  it('places the first and last figure of a number on its first and last character', () => {
    const { core, places } = read('约二十一世纪');
    expect(core).toBe('约21世纪');
    expect(places).toEqual([0, 1, 3, 4, 5]);
    expect(read('十年').places).toEqual([0, 0, 1]);
  });
  it('leaves figures alone', () => {
    expect(read('1997年').core).toBe('1997年');
  });
});
