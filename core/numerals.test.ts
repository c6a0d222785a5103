import { describe, expect, it } from 'vitest';
import { asciiDigits, byValue, chineseNumeralReadings, digitByDigit } from './numerals';

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
