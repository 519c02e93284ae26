import { trashNewestFirst, type MemberGroupData } from '../../people/memberFilters';
import { formerMembersPastRetention, retentionYearsOf, yearsBefore } from '../../people/anonymise';
import type { Dataset, HourEntry, Person } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';
import { feesOfPerson, unpaidFeesUpTo } from './fees';
import { officialsOfPerson } from './officials';

import { hoursOfPerson } from './hours';
import { allActivities, currentProfile, livePeople, personById, trashedPeople } from './tables';

/** Everyone, trash included (the fees page names the people of old fees too). */
export function allPeople(db: TalkootDb): Promise<Person[]> {
  return db.tableOf('people').toArray();
}

type HourMark = Pick<HourEntry, 'personId' | 'date' | 'deletedAt'>;

/**
 * Per person with live hours, the month (`YYYY-MM`) of their latest entry,
 * from the volunteer rollups.
 */
async function latestHourMonths(db: TalkootDb): Promise<Map<string, string>> {
  const latest = new Map<string, string>();
  for (const r of await db.rollupsOf('volunteerRollups').toArray()) {
    for (const personId of r.people) {
      if ((latest.get(personId) ?? '') < r.month) latest.set(personId, r.month);
    }
  }
  return latest;
}

/** The person's latest live hour entry on or after `from`, by index, if any. */
function liveHourFrom(db: TalkootDb, personId: string, from: string) {
  return db
    .tableOf('hours')
    .where('[personId+date]')
    .between([personId, from], [personId, '\uffff'], true, true)
    .filter((h) => !h.deletedAt)
    .first();
}

/**
 * Per person with live hours, one mark of when they last logged any: the first
 * day of the month of their latest entry (`latestHourMonths`); when that
 * month holds the day `exactFrom`, where the day matters, the date of an entry
 * on or after it (read by index), if there is one.
 */
async function latestHourMarks(
  db: TalkootDb,
  latest: Map<string, string>,
  exactFrom: string,
): Promise<HourMark[]> {
  const exactMonth = exactFrom.slice(0, 7);
  return Promise.all(
    [...latest].map(async ([personId, month]): Promise<HourMark> => {
      if (month !== exactMonth) return { personId, date: `${month}-01`, deletedAt: null };
      const last = await liveHourFrom(db, personId, exactFrom);
      return { personId, date: last?.date ?? `${month}-01`, deletedAt: null };
    }),
  );
}

/**
 * What the member register's groups and counts read on `today`: the people not
 * in the trash, the profile, the unpaid fees that can be a year overdue, and per
 * person one mark of their latest hours (enough to tell volunteers and who is
 * still active after the retention cut-off). No hour rows are read but a few.
 */
export async function memberGroupData(db: TalkootDb, today: string): Promise<MemberGroupData> {
  // All four reads at once: only the few entries of the cut-off month wait for the profile.
  const [people, profile, fees, latest] = await Promise.all([
    livePeople(db),
    currentProfile(db),
    unpaidFeesUpTo(db, Number(today.slice(0, 4))),
    latestHourMonths(db),
  ]);
  const profiles = profile ? [profile] : [];
  const cutoff = yearsBefore(today, retentionYearsOf({ profile: profiles }));
  return { people, profile: profiles, fees, hours: await latestHourMarks(db, latest, cutoff) };
}

/**
 * The people in the trash, newest first as trashNewestFirst orders them, and
 * which of them are past the retention period on `today` by the same rule
 * (formerMembersPastRetention) as the register's group: their data is still
 * stored, so the trash says so and the user can restore and anonymise them.
 */
export async function trashedPeopleWithRetention(
  db: TalkootDb,
  today: string,
): Promise<{ people: Person[]; pastRetention: Set<string> }> {
  const [people, profile] = await Promise.all([trashedPeople(db), currentProfile(db)]);
  const profiles = profile ? [profile] : [];
  const cutoff = yearsBefore(today, retentionYearsOf({ profile: profiles }));
  // Those the rule finds past the cut-off before their hours are counted (usually few,
  // often none): for each, whether they logged hours since, by index.
  const candidates = formerMembersPastRetention({ people, profile: profiles, hours: [] }, today);
  const hours = (
    await Promise.all(
      candidates.map(async (p): Promise<HourMark | null> => {
        const since = await liveHourFrom(db, p.id, cutoff);
        return since ? { personId: p.id, date: since.date, deletedAt: null } : null;
      }),
    )
  ).filter((h) => h !== null);
  const past = formerMembersPastRetention({ people, profile: profiles, hours }, today);
  return { people: trashNewestFirst(people), pastRetention: new Set(past.map((p) => p.id)) };
}

/** One person's rows, with the profile and the activities: `people` is `[person]`. */
export type PersonRows = Pick<Dataset, 'profile' | 'people' | 'hours' | 'fees' | 'activities'> & {
  person: Person;
  /** The person's official terms (their own-data report prints them). */
  officials?: Dataset['officials'];
};

/**
 * What one person's page shows: the person, their live hour entries and fees
 * (by index), the profile and the activities (for their names). Null when
 * there is no such person or they are in the trash.
 */
export async function personPageData(db: TalkootDb, id: string): Promise<PersonRows | null> {
  const [person, profile, hours, fees, activities] = await Promise.all([
    personById(db, id),
    currentProfile(db),
    hoursOfPerson(db, id),
    feesOfPerson(db, id),
    allActivities(db),
  ]);
  if (!person || person.deletedAt) return null;
  return { person, people: [person], profile: profile ? [profile] : [], hours, fees, activities };
}

/**
 * Everything stored about one person, the trash included: their record, hour
 * entries and fees, with the profile and the activities (for their names).
 * What their own-data report (GDPR access) reads; null when there is no such person.
 */
export async function personRecords(db: TalkootDb, id: string): Promise<PersonRows | null> {
  const [person, profile, hours, fees, activities, officials] = await Promise.all([
    personById(db, id),
    currentProfile(db),
    db
      .tableOf('hours')
      .where('[personId+date]')
      .between([id, ''], [id, '\uffff'], true, true)
      .toArray(),
    db.tableOf('fees').where('[personId+year]').between([id, 0], [id, 99999], true, true).toArray(),
    allActivities(db),
    officialsOfPerson(db, id),
  ]);
  if (!person) return null;
  return {
    person,
    people: [person],
    profile: profile ? [profile] : [],
    hours,
    fees,
    activities,
    officials,
  };
}
