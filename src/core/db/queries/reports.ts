import type { Activity, AssociationProfile, Funder, Grant, ImpactNote } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';
import { allActivities, allGrants, currentProfile, liveImpactNotes } from './tables';

/** Funders, trash included (a grant still names its funder); filter with `deletedAt`. */
export function allFunders(db: TalkootDb): Promise<Funder[]> {
  return db.tableOf('funders').toArray();
}

/**
 * The months (`YYYY-MM`, ascending) that have hours or sessions not in the
 * trash: the keys of the rollup tables' `month` index, never the rows.
 */
export async function monthsWithEntries(db: TalkootDb): Promise<string[]> {
  const [hours, sessions] = await Promise.all([
    db.rollupsOf('hourRollups').orderBy('month').uniqueKeys(),
    db.rollupsOf('sessionRollups').orderBy('month').uniqueKeys(),
  ]);
  return [...new Set([...hours, ...sessions].map(String))].sort();
}

/** What the Reports page chooses from: the profile (null before one is made) and the small tables. */
export type ReportChoices = {
  profile: AssociationProfile | null;
  /** Trash included, as the report models take them. */
  grants: Grant[];
  /** Trash included. */
  funders: Funder[];
  /** Trash included. */
  activities: Activity[];
  /** Not in the trash, newest first. */
  impactNotes: ImpactNote[];
};

/** The profile, grants, funders, activities and impact notes: never an hour or a session. */
export async function reportChoices(db: TalkootDb): Promise<ReportChoices> {
  const [profile, grants, funders, activities, impactNotes] = await Promise.all([
    currentProfile(db),
    allGrants(db),
    allFunders(db),
    allActivities(db),
    liveImpactNotes(db),
  ]);
  return { profile: profile ?? null, grants, funders, activities, impactNotes };
}
