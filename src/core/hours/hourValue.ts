import { DEFAULT_HOUR_VALUE_CENTS, type AssociationProfile } from '../schemas';

/** The value of one volunteer hour the association uses, in cents: the profile's, or the default. */
export function hourValueOf(
  // Optional: a profile read from an old file may lack it.
  profile: Partial<Pick<AssociationProfile, 'hourValueCents'>> | undefined,
): number {
  return profile?.hourValueCents ?? DEFAULT_HOUR_VALUE_CENTS;
}

/**
 * What `minutes` of volunteer work are worth at `hourValueCents` per hour,
 * rounded to whole cents once, for the total (never per entry, so the sum of a
 * report's rows cannot drift from its total by a cent).
 */
export function volunteerValueCents(minutes: number, hourValueCents: number): number {
  return Math.round((minutes * hourValueCents) / 60);
}
