import type { AssociationProfile, FeeScheduleEntry, MembershipType } from '../schemas';

/** The fee schedule: yearly amounts per membership type, as kept in the association profile. */
export type FeeSchedule = readonly FeeScheduleEntry[];

/** The association's fee schedule; empty when the profile has none. */
export function feeScheduleOf(
  profile: Pick<AssociationProfile, 'feeSchedule'> | undefined,
): FeeSchedule {
  return profile?.feeSchedule ?? [];
}

/**
 * The fee of one membership type for one year, in cents. Honorary members pay
 * nothing unless the schedule names an amount for them; any other type without
 * a line for the year gives undefined (the caller must ask for the amount).
 * With several lines for the same year and type, the first counts.
 */
export function feeAmount(
  schedule: FeeSchedule,
  year: number,
  type: MembershipType,
): number | undefined {
  if (type === 'none') return 0;
  const line = schedule.find((l) => l.year === year && l.membershipType === type);
  if (line) return line.amountCents;
  return type === 'honorary' ? 0 : undefined;
}
