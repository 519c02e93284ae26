import type {
  Activity,
  AssociationProfile,
  Funder,
  Grant,
  ImpactNote,
  Person,
} from '../../schemas';
import { tableNames } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';

const live = <T extends { deletedAt?: string | null }>(rows: T[]) =>
  rows.filter((r) => !r.deletedAt);

/** The association profile, or undefined before one is made. */
export async function currentProfile(db: TalkootDb): Promise<AssociationProfile | undefined> {
  return live(await db.tableOf('profile').toArray())[0];
}

/** Everyone not in the trash (the member register is one table the size of the association). */
export async function livePeople(db: TalkootDb): Promise<Person[]> {
  return live(await db.tableOf('people').toArray());
}

/** People in the trash. */
export async function trashedPeople(db: TalkootDb): Promise<Person[]> {
  return (await db.tableOf('people').toArray()).filter((p) => !!p.deletedAt);
}

/** One person by id, trash included; undefined when there is none. */
export function personById(db: TalkootDb, id: string): Promise<Person | undefined> {
  return db.tableOf('people').get(id);
}

/** Activities, trash included (old hours still name them); filter with `deletedAt`. */
export function allActivities(db: TalkootDb): Promise<Activity[]> {
  return db.tableOf('activities').toArray();
}

/** Activities not in the trash. */
export async function liveActivities(db: TalkootDb): Promise<Activity[]> {
  return live(await allActivities(db));
}

/** Grants, trash included; filter with `deletedAt`. */
export function allGrants(db: TalkootDb): Promise<Grant[]> {
  return db.tableOf('grants').toArray();
}

/** Grants not in the trash. */
export async function liveGrants(db: TalkootDb): Promise<Grant[]> {
  return live(await allGrants(db));
}

/** Funders not in the trash. */
export async function liveFunders(db: TalkootDb): Promise<Funder[]> {
  return live(await db.tableOf('funders').toArray());
}

/** Impact notes not in the trash, newest first. */
export async function liveImpactNotes(db: TalkootDb): Promise<ImpactNote[]> {
  const rows = await db.tableOf('impactNotes').orderBy('date').reverse().toArray();
  return live(rows);
}

/** How many records the database holds, trash included (counts only, no rows read). */
export async function recordCount(db: TalkootDb): Promise<number> {
  const counts = await Promise.all(tableNames.map((t) => db.table(t).count()));
  return counts.reduce((a, b) => a + b, 0);
}
