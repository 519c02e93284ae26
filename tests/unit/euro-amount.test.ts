import { describe, expect, it } from 'vitest';
import { editableEuros, parseEuroAmount, readEuroField } from '../../src/core/format';

// The one reading of euros a user types: forms (fees, grants, the hour value) and imports alike.
describe('parseEuroAmount', () => {
  it.each([
    ['1 250,50', 125050],
    ['1\u00a0250,50', 125050],
    ['1\u202f250,50 €', 125050],
    ['1250.50', 125050],
    ['1.250,50', 125050],
    ['1.250,00', 125000],
    ['1,250.50', 125050],
    ['€ 12', 1200],
    ['12 €', 1200],
    ['12€', 1200],
    ['12 EUR', 1200],
    ['12 eur', 1200],
    ['12,5 EUR', 1250],
    ['12 euroa', 1200],
    ['25,5', 2550],
    ['12.30', 1230],
    [' 1 250,05 € ', 125005],
    ['0,05', 5],
    ['0', 0],
    ['25', 2500],
    ['1.250.000', 125000000],
    ['-12,50', -1250],
    ['\u221212,50', -1250],
    ['12,50-', -1250],
  ])('%j → %i cents', (text, cents) => {
    expect(parseEuroAmount(text)).toEqual({ ok: true, value: cents });
  });

  it.each([
    '',
    '€',
    'abc',
    'kaksi',
    '1,250',
    '2,505',
    '12,345',
    '12,50,1',
    '1,2,3',
    ',50',
    '1.2.3',
    '12 kr',
    '12.5.2024',
  ])('%j is not an amount', (text) => {
    expect(parseEuroAmount(text)).toEqual({ ok: false });
  });
});

describe('readEuroField', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['25', { kind: 'cents', cents: 2500 }],
    ['1.250,00', { kind: 'cents', cents: 125000 }],
    ['12 EUR', { kind: 'cents', cents: 1200 }],
    ['-5', { kind: 'invalid' }],
    ['2,505', { kind: 'invalid' }],
    ['viisi', { kind: 'invalid' }],
  ] as const)('%j → %j', (text, expected) => {
    expect(readEuroField(text)).toEqual(expected);
  });

  it('takes a negative amount only where the field allows it (a refund)', () => {
    expect(readEuroField('-5', { allowNegative: true })).toEqual({ kind: 'cents', cents: -500 });
  });
});

describe('editableEuros', () => {
  it.each([
    [2500, 'fi', '25,00'],
    [1205, 'sv', '12,05'],
    [1205, 'en', '12.05'],
    [5, 'fi', '0,05'],
    [-1250, 'fi', '-12,50'],
  ] as const)('%i cents in %s → %j', (cents, lang, text) => {
    expect(editableEuros(cents, lang)).toBe(text);
  });

  it('is read back as the same cents', () => {
    for (const cents of [0, 5, 98765, 123456789, -1250])
      for (const lang of ['fi', 'sv', 'en'] as const)
        expect(parseEuroAmount(editableEuros(cents, lang))).toEqual({ ok: true, value: cents });
  });
});
