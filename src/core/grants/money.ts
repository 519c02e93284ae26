/**
 * The exact sum of whole cents. Amounts are integers, so the sum is exact up to
 * Number.MAX_SAFE_INTEGER cents (about 90 000 000 000 000 euros); a fraction
 * or an overflow is a bug upstream and throws rather than printing a wrong total.
 */
export function sumCents(amounts: Iterable<number>): number {
  let total = 0;
  for (const a of amounts) {
    if (!Number.isInteger(a)) throw new RangeError(`not whole cents: ${a}`);
    total += a;
  }
  if (!Number.isSafeInteger(total)) throw new RangeError('sum of cents is too large');
  return total;
}
