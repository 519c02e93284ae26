import type { Dataset, MembershipType } from '../schemas';

/** Membership types that can be billed a fee. */
type BilledType = Exclude<MembershipType, 'none'>;

/**
 * The fee amount billed for `year` per membership type (the person's current
 * one), from the year's live fees: the most common amount, the lower on a tie.
 * What a year's schedule was in practice when its fees were made before the
 * schedule was kept (an older data file, the demo, an import): the fees page
 * offers these amounts instead of empty fields.
 */
export function billedFeeAmounts(
  data: Pick<Dataset, 'people' | 'fees'>,
  year: number,
): Partial<Record<BilledType, number>> {
  const typeOf = new Map(data.people.map((p) => [p.id, p.membership]));
  const tally = new Map<BilledType, Map<number, number>>();
  for (const fee of data.fees) {
    if (fee.deletedAt || fee.year !== year) continue;
    const type = typeOf.get(fee.personId);
    if (!type || type === 'none') continue;
    const amounts = tally.get(type) ?? new Map<number, number>();
    amounts.set(fee.amountCents, (amounts.get(fee.amountCents) ?? 0) + 1);
    tally.set(type, amounts);
  }
  const result: Partial<Record<BilledType, number>> = {};
  for (const [type, amounts] of tally) {
    const [best] = [...amounts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (best) result[type] = best[0];
  }
  return result;
}
