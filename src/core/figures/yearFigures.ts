import type { Dataset, HourKind, Person } from '../schemas';
import { hourKinds } from '../schemas';

export type Period = { from: string; to: string };

/** The calendar year as a period; if it is the current year, up to `today`. */
export function yearPeriod(year: number, today?: string): Period {
  const from = `${year}-01-01`;
  const end = `${year}-12-31`;
  return { from, to: today && today < end && today >= from ? today : end };
}

const inPeriod = (date: string | undefined, p: Period) => !!date && date >= p.from && date <= p.to;

/** Is the person a member (any membership but 'none') on `date`? */
export function isMemberOn(person: Person, date: string): boolean {
  if (person.membership === 'none') return false;
  if (person.joinedOn && person.joinedOn > date) return false;
  if (person.leftOn && person.leftOn <= date) return false;
  return true;
}

export type PeriodFigures = {
  period: Period;
  membersAtEnd: number;
  joined: number;
  left: number;
  /** People who logged any hours in the period, members or not. */
  volunteers: number;
  volunteerMinutes: number;
  minutesByKind: Record<HourKind, number>;
  sessions: number;
  participants: number;
  activities: number;
  /** Value of the volunteer work at the association's €/h, in cents. */
  volunteerValueCents: number;
  hourValueCents: number;
  hourValueSource: string;
};

/**
 * Headline figures for a period, from records not in the trash. The home page,
 * the reports and the CLI all take their numbers from here.
 */
export function periodFigures(data: Dataset, period: Period): PeriodFigures {
  const live = <T extends { deletedAt?: string | null }>(rows: T[]) =>
    rows.filter((r) => !r.deletedAt);
  const people = live(data.people);
  const hours = live(data.hours).filter((h) => inPeriod(h.date, period));
  const sessions = live(data.sessions).filter((s) => inPeriod(s.date, period));
  const profile = live(data.profile)[0];
  const minutesByKind = Object.fromEntries(hourKinds.map((k) => [k, 0])) as Record<
    HourKind,
    number
  >;
  let volunteerMinutes = 0;
  for (const h of hours) {
    minutesByKind[h.kind] += h.minutes;
    volunteerMinutes += h.minutes;
  }
  const hourValueCents = profile?.hourValueCents ?? 1500;
  const activityIds = new Set<string>();
  for (const s of sessions) activityIds.add(s.activityId);
  for (const h of hours) if (h.activityId) activityIds.add(h.activityId);
  return {
    period,
    membersAtEnd: people.filter((p) => isMemberOn(p, period.to)).length,
    joined: people.filter((p) => p.membership !== 'none' && inPeriod(p.joinedOn, period)).length,
    left: people.filter((p) => p.membership !== 'none' && inPeriod(p.leftOn, period)).length,
    volunteers: new Set(hours.map((h) => h.personId)).size,
    volunteerMinutes,
    minutesByKind,
    sessions: sessions.length,
    participants: sessions.reduce((sum, s) => sum + s.participants, 0),
    activities: activityIds.size,
    volunteerValueCents: Math.round((volunteerMinutes * hourValueCents) / 60),
    hourValueCents,
    hourValueSource: profile?.hourValueSource ?? '',
  };
}

export type ActivityFigures = {
  activityId: string;
  name: string;
  sessions: number;
  participants: number;
  volunteerMinutes: number;
};

/** Sessions, participants and volunteer minutes per activity in a period, by name. */
export function figuresByActivity(data: Dataset, period: Period): ActivityFigures[] {
  const rows = new Map<string, ActivityFigures>();
  for (const a of data.activities) {
    if (a.deletedAt) continue;
    rows.set(a.id, {
      activityId: a.id,
      name: a.name,
      sessions: 0,
      participants: 0,
      volunteerMinutes: 0,
    });
  }
  for (const s of data.sessions) {
    const row = rows.get(s.activityId);
    if (!row || s.deletedAt || !inPeriod(s.date, period)) continue;
    row.sessions += 1;
    row.participants += s.participants;
  }
  for (const h of data.hours) {
    const row = h.activityId ? rows.get(h.activityId) : undefined;
    if (!row || h.deletedAt || !inPeriod(h.date, period)) continue;
    row.volunteerMinutes += h.minutes;
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}
