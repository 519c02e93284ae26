import { isMemberOn } from '../figures/yearFigures';
import {
  membershipTypes,
  type Dataset,
  type MembershipFee,
  type MembershipType,
  type Person,
} from '../schemas';
import { daysBetween } from '../dates/calendarDays';

/** Counts and sums of a set of fees, in cents. */
export type FeeSums = {
  count: number;
  paidCount: number;
  unpaidCount: number;
  billedCents: number;
  paidCents: number;
  unpaidCents: number;
};

export type FeeTotals = FeeSums & {
  year: number;
  /** Per membership type (the person's current one), in the order of membershipTypes; types without fees left out. */
  byType: (FeeSums & { membershipType: MembershipType })[];
};

export type UnpaidForAYear = {
  person: Person;
  /** The person's fees unpaid more than a year after their due date, oldest first. */
  fees: MembershipFee[];
  unpaidCents: number;
};

/** Days after the due date after which an unpaid fee counts as unpaid for a year. */
const aYear = 365;

const emptySums = (): FeeSums => ({
  count: 0,
  paidCount: 0,
  unpaidCount: 0,
  billedCents: 0,
  paidCents: 0,
  unpaidCents: 0,
});

function add(sums: FeeSums, fee: MembershipFee): void {
  sums.count += 1;
  sums.billedCents += fee.amountCents;
  if (fee.paidOn) {
    sums.paidCount += 1;
    sums.paidCents += fee.amountCents;
  } else {
    sums.unpaidCount += 1;
    sums.unpaidCents += fee.amountCents;
  }
}

/** A fee without a due date falls due at the end of its year. */
export const feeDueOn = (fee: MembershipFee): string => fee.dueOn ?? `${fee.year}-12-31`;

/**
 * Live unpaid fees, of one year or all, by year and then by the person's name
 * (Finnish order). Fees of people in the trash or anonymised are included, so
 * the list adds up to feeTotals' unpaidCents.
 */
export function unpaidFees(data: Pick<Dataset, 'people' | 'fees'>, year?: number): MembershipFee[] {
  const names = new Map(data.people.map((p) => [p.id, p.fullName]));
  return data.fees
    .filter((f) => !f.deletedAt && !f.paidOn && (year === undefined || f.year === year))
    .sort(
      (a, b) =>
        a.year - b.year ||
        (names.get(a.personId) ?? '').localeCompare(names.get(b.personId) ?? '', 'fi') ||
        a.id.localeCompare(b.id),
    );
}

/** Billed, paid and unpaid fees of a year, in total and by membership type, from live fees. */
export function feeTotals(data: Pick<Dataset, 'people' | 'fees'>, year: number): FeeTotals {
  const typeOf = new Map(data.people.map((p) => [p.id, p.membership]));
  const total = emptySums();
  const byType = new Map<MembershipType, FeeSums>();
  for (const fee of data.fees) {
    if (fee.deletedAt || fee.year !== year) continue;
    add(total, fee);
    const type = typeOf.get(fee.personId) ?? 'none';
    if (!byType.has(type)) byType.set(type, emptySums());
    add(byType.get(type)!, fee);
  }
  return {
    year,
    ...total,
    byType: membershipTypes
      .filter((t) => byType.has(t))
      .map((membershipType) => ({ membershipType, ...byType.get(membershipType)! })),
  };
}

/**
 * Members on `today` with a fee still unpaid more than 365 days after its due
 * date: the board may consider them resigned if the rules say so. Live, not
 * anonymised people only, by name (Finnish order).
 */
export function peopleWithUnpaidFeeForAYear(
  data: Pick<Dataset, 'people' | 'fees'>,
  today: string,
): UnpaidForAYear[] {
  const overdue = new Map<string, MembershipFee[]>();
  for (const fee of data.fees) {
    if (fee.deletedAt || fee.paidOn || daysBetween(feeDueOn(fee), today) <= aYear) continue;
    overdue.set(fee.personId, [...(overdue.get(fee.personId) ?? []), fee]);
  }
  return data.people
    .filter((p) => !p.deletedAt && !p.anonymisedAt && overdue.has(p.id) && isMemberOn(p, today))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'fi') || a.id.localeCompare(b.id))
    .map((person) => {
      const fees = overdue
        .get(person.id)!
        .sort((a, b) => a.year - b.year || feeDueOn(a).localeCompare(feeDueOn(b)));
      return { person, fees, unpaidCents: fees.reduce((s, f) => s + f.amountCents, 0) };
    });
}

/**
 * The years the fees page offers: last, this and next year, every year with
 * fees (`feeYears`) and every year of the fee schedule; newest first, once each.
 */
export function feeYearChoices(
  thisYear: number,
  feeYears: readonly number[],
  scheduleYears: readonly number[],
): number[] {
  return [...new Set([thisYear + 1, thisYear, thisYear - 1, ...feeYears, ...scheduleYears])].sort(
    (a, b) => b - a,
  );
}

/** One person's live fees, newest year first (then the later due date first). */
export function personFeesNewestFirst(
  fees: readonly MembershipFee[],
  personId: string,
): MembershipFee[] {
  return fees
    .filter((f) => f.personId === personId && !f.deletedAt)
    .sort((a, b) => b.year - a.year || (b.dueOn ?? '').localeCompare(a.dueOn ?? ''));
}
