/** Strip spaces and upper-case an IBAN as a person might type it. */
export function normalizeIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

const ibanLengths: Record<string, number> = {
  FI: 18,
  SE: 24,
  NO: 15,
  DK: 18,
  EE: 20,
  DE: 22,
  AX: 18,
  GB: 22,
  FR: 27,
  NL: 18,
  BE: 16,
  AT: 20,
  ES: 24,
  IT: 27,
  PL: 28,
  LV: 21,
  LT: 20,
  IS: 26,
  IE: 22,
  CH: 21,
};

/** IBAN validation: country length (where known) and the ISO 13616 mod-97 check. */
export function isValidIban(value: string): boolean {
  const iban = normalizeIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const expected = ibanLengths[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const n = ch >= 'A' ? (ch.charCodeAt(0) - 55).toString() : ch;
    for (const d of n) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

/** Print an IBAN in groups of four: FI21 1234 5600 0007 85. */
export function formatIban(value: string): string {
  return normalizeIban(value)
    .replace(/(.{4})/g, '$1 ')
    .trim();
}

/** A BIC (ISO 9362) as printed: 8 or 11 letters and digits, spaces ignored. */
export function isValidBic(value: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(
    value.replace(/\s+/g, '').toUpperCase(),
  );
}
