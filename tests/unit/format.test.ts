import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatInteger,
  formatMinutes,
  formatMoney,
  todayIso,
} from '../../src/core/format';

const NBSP = '\u00a0';

describe('formatMoney', () => {
  it('writes Finnish money with no-break spaces, decimal comma and a real minus', () => {
    expect(formatMoney(123450)).toBe(`1${NBSP}234,50${NBSP}€`);
    expect(formatMoney(5)).toBe(`0,05${NBSP}€`);
    expect(formatMoney(-123450)).toBe(`\u22121${NBSP}234,50${NBSP}€`);
    expect(formatMoney(123456789)).toBe(`1${NBSP}234${NBSP}567,89${NBSP}€`);
    expect(formatMoney(0, 'sv')).toBe(`0,00${NBSP}€`);
  });
  it('writes English money with the euro sign first', () => {
    expect(formatMoney(123450, 'en')).toBe('€1,234.50');
    expect(formatMoney(-99, 'en')).toBe('\u2212€0.99');
  });
});

describe('formatDate', () => {
  it('writes 22.11.2026 in Finnish and Swedish, 22 Nov 2026 in English', () => {
    expect(formatDate('2026-11-22')).toBe('22.11.2026');
    expect(formatDate('2026-01-05', 'sv')).toBe('5.1.2026');
    expect(formatDate('2026-11-22', 'en')).toBe('22 Nov 2026');
  });

  it('names every English month in three letters (from Intl, Sep not Sept)', () => {
    const months = Array.from(
      { length: 12 },
      (_, i) => formatDate(`2026-${String(i + 1).padStart(2, '0')}-01`, 'en').split(' ')[1],
    );
    expect(months.join()).toBe('Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec');
    expect(formatDate('2024-02-29', 'en')).toBe('29 Feb 2024');
  });
});

describe('formatMinutes and formatInteger', () => {
  it('writes hours and minutes', () => {
    expect(formatMinutes(90)).toBe(`1${NBSP}h 30${NBSP}min`);
    expect(formatMinutes(120)).toBe(`2${NBSP}h`);
    expect(formatMinutes(0)).toBe(`0${NBSP}h`);
    expect(formatMinutes(60 * 1234 + 5)).toBe(`1${NBSP}234${NBSP}h 5${NBSP}min`);
  });
  it('groups thousands', () => {
    expect(formatInteger(1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatInteger(1234567, 'en')).toBe('1,234,567');
  });
  it('gives the Helsinki calendar date', () => {
    expect(todayIso(new Date('2026-11-22T23:59:00+02:00'))).toBe('2026-11-22');
  });
});
