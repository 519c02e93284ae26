/**
 * Finnish payment reference (viitenumero): 3–19 digits plus a check digit
 * computed with weights 7, 3, 1 from the right; check = (10 − sum mod 10) mod 10.
 */
export function referenceCheckDigit(base: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  const digits = base.split('').reverse();
  digits.forEach((d, i) => {
    sum += Number(d) * weights[i % 3]!;
  });
  return (10 - (sum % 10)) % 10;
}

/** Build a reference number from a base of 3–19 digits (leading zeros dropped). */
export function makeReferenceNumber(base: string | number): string {
  const b = String(base).replace(/^0+/, '');
  if (!/^\d{3,19}$/.test(b)) throw new RangeError('reference base must be 3–19 digits');
  return b + String(referenceCheckDigit(b));
}

/** Validate a Finnish reference number as printed (spaces allowed). */
export function isValidReferenceNumber(value: string): boolean {
  const v = value.replace(/\s+/g, '');
  if (!/^\d{4,20}$/.test(v) || v.startsWith('0')) return false;
  return referenceCheckDigit(v.slice(0, -1)) === Number(v.slice(-1));
}

/** Print in groups of five from the right, as banks do: 12 34561. */
export function formatReferenceNumber(value: string): string {
  const v = value.replace(/\s+/g, '');
  const groups: string[] = [];
  for (let end = v.length; end > 0; end -= 5) groups.unshift(v.slice(Math.max(0, end - 5), end));
  return groups.join(' ');
}
