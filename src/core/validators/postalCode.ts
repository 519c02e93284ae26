/**
 * A postal code as the person and profile records accept it. Talkoot's
 * addresses are Finnish unless they say otherwise, so a code of digits alone
 * must be a Finnish one: exactly five digits (00100). An address abroad is
 * written with its country prefix (SE-123 45, D-10115, EE-10111) or with the
 * letters its country uses (EC1A 1BB), and is taken as written; "FI-" must
 * still be followed by five digits. Empty means "not given".
 */
export function isValidPostalCode(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  const finnish = /^(?:FI-?)?(.*)$/i.exec(v)![1]!;
  if (/^FI/i.test(v) || /^[\d\s-]+$/.test(v)) return /^\d{5}$/.test(finnish);
  // Abroad: letters and digits with single spaces or hyphens, as a post office prints them.
  return /^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$/.test(v) && v.length <= 20;
}

/**
 * A postal code read from a spreadsheet: Excel stores 00100 as the number 100,
 * so three or four digits alone get their leading zeros back. Anything else is
 * returned as it is, for `isValidPostalCode` to judge.
 */
export function postalCodeFromSpreadsheet(value: string): string {
  const v = value.trim();
  return /^\d{3,4}$/.test(v) ? v.padStart(5, '0') : v;
}
