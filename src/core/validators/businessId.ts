/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit.
 * Weights 7 9 10 5 8 4 2; remainder 0 → 0, 1 → invalid, otherwise 11 − remainder.
 */
export function isValidBusinessId(value: string): boolean {
  const m = /^(\d{6,7})-(\d)$/.exec(value.trim());
  if (!m) return false;
  const digits = m[1]!.padStart(7, '0');
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const rem = sum % 11;
  if (rem === 1) return false;
  const check = rem === 0 ? 0 : 11 - rem;
  return check === Number(m[2]);
}
