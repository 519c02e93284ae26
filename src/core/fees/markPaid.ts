import { isCalendarDate, type MembershipFee } from '../schemas';
import { FeeError } from './FeeError';

/**
 * The fees among `fees` whose id is in `ids`, live and still unpaid, as copies
 * paid on `paidOn` with updatedAt stamped: exactly the records to write. Fees
 * already paid keep their own date; unknown ids and fees in the trash are
 * skipped. One fee or a whole bank statement's worth, the same call.
 */
export function markPaid(
  fees: readonly MembershipFee[],
  ids: Iterable<string>,
  paidOn: string,
  now: string = new Date().toISOString(),
): MembershipFee[] {
  if (!isCalendarDate(paidOn)) throw new FeeError('badDate', { value: paidOn });
  const wanted = new Set(ids);
  return fees
    .filter((f) => wanted.has(f.id) && !f.deletedAt && !f.paidOn)
    .map((f) => ({ ...f, paidOn, updatedAt: now }));
}

/**
 * The undo of markPaid: the listed live fees that are paid, as unpaid copies
 * with updatedAt stamped.
 */
export function markUnpaid(
  fees: readonly MembershipFee[],
  ids: Iterable<string>,
  now: string = new Date().toISOString(),
): MembershipFee[] {
  const wanted = new Set(ids);
  return fees
    .filter((f) => wanted.has(f.id) && !f.deletedAt && f.paidOn)
    .map((f) => {
      const copy = { ...f, updatedAt: now };
      delete copy.paidOn;
      return copy;
    });
}
