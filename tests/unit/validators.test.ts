import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidBusinessId } from '../../src/core/validators/businessId';
import { formatIban, isValidIban, normalizeIban } from '../../src/core/validators/iban';
import {
  formatReferenceNumber,
  isValidReferenceNumber,
  makeReferenceNumber,
  referenceCheckDigit,
} from '../../src/core/validators/referenceNumber';

describe('isValidBusinessId (Y-tunnus)', () => {
  // Each checked by hand: weights 7 9 10 5 8 4 2, sum mod 11, check = 11 − remainder
  // (0 when the remainder is 0). The sums are in the comments so a reader can redo them.
  it.each([
    ['0112038-9', 'Nokia Oyj: sum 57, rem 2 → 9'],
    ['0109862-8', 'Kesko Oyj: sum 146, rem 3 → 8'],
    ['1572860-0', 'sum 220, rem 0 → 0'],
    ['2331972-7', 'sum 180, rem 4 → 7'],
    ['0116297-6', 'sum 115, rem 5 → 6'],
    ['1927400-1', 'sum 175, rem 10 → 1'],
  ])('accepts %s (%s)', (id) => {
    expect(isValidBusinessId(id)).toBe(true);
  });

  it('accepts surrounding whitespace as pasted from a letterhead', () => {
    expect(isValidBusinessId('  0112038-9\n')).toBe(true);
  });

  it('accepts an old six-digit ID, read with its leading zero', () => {
    expect(isValidBusinessId('112038-9')).toBe(true);
  });

  it('rejects every wrong check digit of a valid ID', () => {
    for (let d = 0; d <= 9; d++) {
      if (d === 9) continue;
      expect(isValidBusinessId(`0112038-${d}`)).toBe(false);
    }
  });

  it('rejects IDs whose remainder is 1, whatever the check digit', () => {
    // 0101261: 0·7+1·9+0·10+1·5+2·8+6·4+1·2 = 56, 56 mod 11 = 1 → never issued.
    for (let d = 0; d <= 9; d++) expect(isValidBusinessId(`0101261-${d}`)).toBe(false);
  });

  it.each([
    ['', 'empty'],
    ['01120389', 'no hyphen'],
    ['0112038 9', 'space instead of hyphen'],
    ['0112038-', 'no check digit'],
    ['0112038-99', 'two check digits'],
    ['00112038-9', 'eight digits'],
    ['12038-9', 'five digits'],
    ['O112038-9', 'letter O for zero'],
    ['FI01120389', 'EU VAT number, not a business ID'],
    ['abcdefg-h', 'letters'],
  ])('rejects %j (%s)', (id) => {
    expect(isValidBusinessId(id)).toBe(false);
  });
});

/** Independent ISO 13616 check digits, to build test IBANs with a right checksum. */
function withCheckDigits(country: string, bban: string): string {
  const digits = [...`${bban}${country}00`]
    .map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c))
    .join('');
  const check = 98n - (BigInt(digits) % 97n);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

describe('isValidIban', () => {
  // Each checked by hand with mod 97 (rearranged, letters → 10..35, remainder 1).
  it.each([
    'FI21 1234 5600 0007 85',
    'FI49 5000 9420 0287 30',
    'GB82 WEST 1234 5698 7654 32',
    'DE89 3704 0044 0532 0130 00',
    'SE45 5000 0000 0583 9825 7466',
    'NO93 8601 1117 947',
  ])('accepts %s', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it('accepts compact, lowercase and oddly spaced input', () => {
    expect(isValidIban('FI2112345600000785')).toBe(true);
    expect(isValidIban('fi21 1234 5600 0007 85')).toBe(true);
    expect(isValidIban(' gb82west12345698765432 ')).toBe(true);
    expect(isValidIban('FI21  1234\t5600 000785')).toBe(true);
  });

  it('rejects the Finnish example with any single digit changed', () => {
    const good = 'FI2112345600000785';
    for (let i = 2; i < good.length; i++) {
      const d = Number(good[i]);
      const changed = good.slice(0, i) + String((d + 1) % 10) + good.slice(i + 1);
      expect(isValidIban(changed), changed).toBe(false);
    }
  });

  it('rejects two swapped adjacent digits', () => {
    expect(isValidIban('FI2112345600000758')).toBe(false);
  });

  it('rejects a Finnish IBAN of the wrong length even when its checksum is right', () => {
    expect(withCheckDigits('FI', '12345600000785')).toBe('FI2112345600000785');
    const short = withCheckDigits('FI', '1234560000078');
    const long = withCheckDigits('FI', '123456000007851');
    // The same strings under a code with no known length pass mod 97…
    expect(isValidIban(withCheckDigits('ZZ', '1234560000078'))).toBe(true);
    // …so only the Finnish length rule (18) can reject these.
    expect(isValidIban(short)).toBe(false);
    expect(isValidIban(long)).toBe(false);
  });

  it.each(['', 'FI', 'hello world', '1234567890123456', 'FI21-1234-5600-0007-85', '€€€€'])(
    'rejects garbage %j',
    (v) => {
      expect(isValidIban(v)).toBe(false);
    },
  );

  it('normalizes and formats in groups of four', () => {
    expect(normalizeIban(' fi21 1234 5600 0007 85 ')).toBe('FI2112345600000785');
    expect(formatIban('fi2112345600000785')).toBe('FI21 1234 5600 0007 85');
    expect(formatIban('GB82WEST12345698765432')).toBe('GB82 WEST 1234 5698 7654 32');
  });
});

describe('Finnish reference numbers (viitenumero)', () => {
  it('computes the check digit with weights 7, 3, 1 from the right', () => {
    // 1234: 4·7 + 3·3 + 2·1 + 1·7 = 46 → (10 − 6) mod 10 = 4
    expect(referenceCheckDigit('1234')).toBe(4);
    expect(makeReferenceNumber('1234')).toBe('12344');
    // 123: 3·7 + 2·3 + 1·1 = 28 → 2
    expect(makeReferenceNumber('123')).toBe('1232');
    // 100: 0·7 + 0·3 + 1·1 = 1 → 9
    expect(makeReferenceNumber(100)).toBe('1009');
    // 1000: 0 + 0 + 0 + 1·7 = 7 → 3
    expect(makeReferenceNumber('1000')).toBe('10003');
    // 12345: 5·7 + 4·3 + 3·1 + 2·7 + 1·3 = 67 → 3
    expect(makeReferenceNumber('12345')).toBe('123453');
  });

  it('gives check digit 0 when the weighted sum ends in 0', () => {
    // 550: 0·7 + 5·3 + 5·1 = 20 → (10 − 0) mod 10 = 0, not 10
    expect(referenceCheckDigit('550')).toBe(0);
    expect(makeReferenceNumber('550')).toBe('5500');
  });

  it('accepts the published examples and printed spacing', () => {
    for (const ref of ['1232', '1009', '12344', '10003', '123453', '5500'])
      expect(isValidReferenceNumber(ref), ref).toBe(true);
    expect(isValidReferenceNumber('1 23453')).toBe(true);
    expect(isValidReferenceNumber(' 12344 ')).toBe(true);
  });

  it('rejects wrong check digits, leading zeros, too short, too long and letters', () => {
    expect(isValidReferenceNumber('1233')).toBe(false);
    expect(isValidReferenceNumber('12345')).toBe(false);
    expect(isValidReferenceNumber('01232')).toBe(false);
    expect(isValidReferenceNumber('132')).toBe(false); // 3 digits: base of 2
    expect(isValidReferenceNumber('')).toBe(false);
    expect(isValidReferenceNumber(`${'1'.repeat(20)}1`)).toBe(false); // 21 digits
    expect(isValidReferenceNumber('RF18 5390 0754 7034')).toBe(false);
    expect(isValidReferenceNumber('12a44')).toBe(false);
  });

  it('refuses bases that are too short or too long, after dropping leading zeros', () => {
    expect(() => makeReferenceNumber('12')).toThrow(RangeError);
    expect(() => makeReferenceNumber('0012')).toThrow(RangeError);
    expect(() => makeReferenceNumber('1'.repeat(20))).toThrow(RangeError);
    expect(() => makeReferenceNumber('12a')).toThrow(RangeError);
    expect(makeReferenceNumber('000123')).toBe('1232');
    expect(makeReferenceNumber('1'.repeat(19))).toHaveLength(20);
  });

  const base = fc
    .tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 18 }),
    )
    .map(([first, rest]) => `${first}${rest.join('')}`);

  it('property: every base of 3–19 digits gives a valid number that ends with one check digit', () => {
    fc.assert(
      fc.property(base, (b) => {
        const ref = makeReferenceNumber(b);
        expect(ref.slice(0, -1)).toBe(b);
        expect(isValidReferenceNumber(ref)).toBe(true);
        expect(isValidReferenceNumber(formatReferenceNumber(ref))).toBe(true);
      }),
    );
  });

  it('property: changing any single digit makes it invalid', () => {
    fc.assert(
      fc.property(base, fc.nat(), fc.integer({ min: 1, max: 9 }), (b, pos, delta) => {
        const ref = makeReferenceNumber(b);
        const i = pos % ref.length;
        const changed = ref.slice(0, i) + String((Number(ref[i]) + delta) % 10) + ref.slice(i + 1);
        // Weights 7, 3 and 1 are all coprime with 10, so any one-digit change
        // alters the sum mod 10 (a leading zero is rejected as well).
        expect(isValidReferenceNumber(changed)).toBe(false);
      }),
    );
  });

  it('formats in groups of five from the right, as banks print them', () => {
    expect(formatReferenceNumber('1232')).toBe('1232');
    expect(formatReferenceNumber('12344')).toBe('12344');
    expect(formatReferenceNumber('123453')).toBe('1 23453');
    expect(formatReferenceNumber('1234561')).toBe('12 34561');
    expect(formatReferenceNumber('12345678901234567894')).toBe('12345 67890 12345 67894');
    expect(formatReferenceNumber(' 12 34561 ')).toBe('12 34561');
  });
});
