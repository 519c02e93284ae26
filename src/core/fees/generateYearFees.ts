import { isMemberOn } from '../figures/yearFigures';
import {
  isCalendarDate,
  type Dataset,
  type MembershipFee,
  type MembershipType,
  type Person,
} from '../schemas';
import { makeReferenceNumber } from '../validators/referenceNumber';
import { FeeError } from './FeeError';
import { feeAmount, type FeeSchedule } from './feeSchedule';

export type GenerateFeesOptions = {
  /** The local date of the billing run, YYYY-MM-DD (see feeBillingDay). */
  today: string;
  /** The due date printed on the bills, YYYY-MM-DD. */
  dueOn: string;
  /** Record ids; defaults to crypto.randomUUID (a Web API in browsers and Node). */
  newId?: () => string;
  /** Timestamp for createdAt/updatedAt; defaults to the current time. */
  now?: string;
};

/** Digits of the running number in a reference base: year + 5 digits + check digit. */
const runningDigits = 5;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    throw new FeeError('badYear', { value: String(year) });
  }
}

function checkDate(date: string): void {
  if (!isCalendarDate(date)) throw new FeeError('badDate', { value: date });
}

/**
 * The day on which membership decides who is billed for `year`: the billing
 * run's own date, kept inside the year. Billing next year's fees in December
 * takes the members of 1 January; billing a past year takes those of 31 December.
 */
export function feeBillingDay(year: number, today: string): string {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return today < first ? first : today > last ? last : today;
}

const byName = (a: Person, b: Person) =>
  a.fullName.localeCompare(b.fullName, 'fi') || a.id.localeCompare(b.id);

/**
 * The people a billing run for `year` considers: live, not anonymised, members
 * on the billing day, and without a live fee for the year yet (those whose
 * amount is 0 stay here, as they never get one). In Finnish alphabetical
 * order, which is the order their reference numbers follow.
 */
export function membersWithoutFee(
  data: Pick<Dataset, 'people' | 'fees'>,
  year: number,
  today: string,
): Person[] {
  const day = feeBillingDay(year, today);
  const billed = new Set(
    data.fees.filter((f) => !f.deletedAt && f.year === year).map((f) => f.personId),
  );
  return data.people
    .filter((p) => !p.deletedAt && !p.anonymisedAt && isMemberOn(p, day) && !billed.has(p.id))
    .sort(byName);
}

/**
 * Membership types that a billing run for `year` would need an amount for and
 * the schedule does not give; generateYearFees refuses to run until none are left.
 */
export function missingFeeAmounts(
  data: Pick<Dataset, 'people' | 'fees'>,
  year: number,
  schedule: FeeSchedule,
  today: string,
): MembershipType[] {
  const types = new Set(membersWithoutFee(data, year, today).map((p) => p.membership));
  return [...types].filter((t) => feeAmount(schedule, year, t) === undefined);
}

/**
 * The next free running number of `year`: one past the highest ever used in a
 * reference of this scheme, trash included, so a number is never given twice
 * even after a fee was deleted.
 */
function firstFreeRunningNumber(fees: readonly MembershipFee[], year: number): number {
  const prefix = String(year);
  let highest = 0;
  for (const f of fees) {
    const ref = f.reference?.replace(/\s+/g, '');
    if (!ref?.startsWith(prefix) || ref.length !== prefix.length + runningDigits + 1) continue;
    highest = Math.max(highest, Number(ref.slice(prefix.length, -1)));
  }
  return highest + 1;
}

/**
 * New fee records for `year`: one per person membersWithoutFee returns, with the
 * amount of their membership type from `schedule` and a reference number
 * year + running number + check digit (2026, 00001 → 2026000011). Types whose
 * amount is 0 (honorary members by default) get no fee. Running it again
 * creates fees only for members added since. Pure apart from the default id
 * and clock; writes nothing.
 */
export function generateYearFees(
  data: Pick<Dataset, 'people' | 'fees'>,
  year: number,
  schedule: FeeSchedule,
  options: GenerateFeesOptions,
): MembershipFee[] {
  checkYear(year);
  checkDate(options.today);
  checkDate(options.dueOn);
  const missing = missingFeeAmounts(data, year, schedule, options.today);
  if (missing.length > 0) throw new FeeError('noAmount', { membershipType: missing[0] });
  const now = options.now ?? new Date().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const used = new Set(data.fees.map((f) => f.reference?.replace(/\s+/g, '')));
  let running = firstFreeRunningNumber(data.fees, year);
  const nextReference = () => {
    let ref: string;
    do {
      ref = makeReferenceNumber(`${year}${String(running).padStart(runningDigits, '0')}`);
      running += 1;
    } while (used.has(ref));
    used.add(ref);
    return ref;
  };
  const fees: MembershipFee[] = [];
  for (const person of membersWithoutFee(data, year, options.today)) {
    const amountCents = feeAmount(schedule, year, person.membership) ?? 0;
    if (amountCents === 0) continue;
    fees.push({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      personId: person.id,
      year,
      amountCents,
      reference: nextReference(),
      dueOn: options.dueOn,
    });
  }
  return fees;
}
