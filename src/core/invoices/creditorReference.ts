import { isValidReferenceNumber } from '../validators/referenceNumber';

/** The ISO 7064 mod 97-10 remainder of a string of digits and letters (A = 10 … Z = 35). */
function mod97(value: string): number {
  let rem = 0;
  for (const ch of value) {
    const n = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of n) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

/** Strip spaces and upper-case, as a reference is typed or read from a bank statement. */
export function compactReference(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/**
 * The RF creditor reference (ISO 11649) of a Finnish domestic reference:
 * `RF` + two check digits + the domestic reference itself, so a bank that
 * reports either form identifies the same fee (`sameReference`).
 */
export function rfFromDomestic(domestic: string): string {
  const ref = compactReference(domestic);
  if (!isValidReferenceNumber(ref)) throw new RangeError('not a valid domestic reference');
  const check = 98 - mod97(`${ref}RF00`);
  return `RF${String(check).padStart(2, '0')}${ref}`;
}

/** ISO 11649: `RF`, two check digits, 1–21 letters or digits, mod 97 = 1. */
export function isValidRfReference(value: string): boolean {
  const v = compactReference(value);
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(v)) return false;
  return mod97(v.slice(4) + v.slice(0, 4)) === 1;
}

/** Printed in groups of four, as ISO 11649 recommends: RF71 1234 5612 3456. */
export function formatRfReference(value: string): string {
  return compactReference(value).replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * The domestic reference a reference stands for: itself when domestic, the
 * part after the check digits of an RF reference made from a domestic one,
 * else null. Bank statements carry either form.
 */
export function domesticOf(value: string): string | null {
  const v = compactReference(value);
  if (isValidReferenceNumber(v)) return v.replace(/^0+/, '');
  if (isValidRfReference(v)) {
    const body = v.slice(4).replace(/^0+/, '');
    return isValidReferenceNumber(body) ? body : null;
  }
  return null;
}
