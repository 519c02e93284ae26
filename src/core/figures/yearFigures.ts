import type { Activity, AssociationProfile, Dataset, HourKind, Person } from '../schemas';
import { hourKinds, membershipTypes } from '../schemas';
import { hourValueOf, volunteerValueCents } from '../hours/hourValue';
import {
  hourRollupsOf,
  memberRollupsOf,
  sessionRollupsOf,
  volunteerRollupsOf,
  type HourRollup,
  type VolunteerRollup,
  type MemberRollup,
  type SessionRollup,
} from './rollups';

export type Period = { from: string; to: string };

/** The calendar year as a period; if it is the current year, up to `today`. */
export function yearPeriod(year: number, today?: string): Period {
  const from = `${year}-01-01`;
  const end = `${year}-12-31`;
  return { from, to: today && today < end && today >= from ? today : end };
}

const inPeriod = (date: string | undefined, p: Period) => !!date && date >= p.from && date <= p.to;

/** The last day (`YYYY-MM-DD`) of the month `YYYY-MM`. */
export function lastDayOfMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

export type PeriodSplit = {
  /** The first and last month lying wholly inside the period, or null when none does. */
  months: { first: string; last: string } | null;
  /** The parts of the period outside those months: at most one at each end. */
  edges: Period[];
};

/**
 * Split a period into whole months (read from rollups) and the days at its
 * ends that do not fill a month (read from rows).
 */
export function splitByMonths(period: Period): PeriodSplit {
  if (period.to < period.from) return { months: null, edges: [] };
  const fromMonth = period.from.slice(0, 7);
  const toMonth = period.to.slice(0, 7);
  const startsWhole = period.from.endsWith('-01');
  const endsWhole = period.to === lastDayOfMonth(toMonth);
  if (fromMonth === toMonth) {
    return startsWhole && endsWhole
      ? { months: { first: fromMonth, last: fromMonth }, edges: [] }
      : { months: null, edges: [period] };
  }
  const edges: Period[] = [];
  let first = fromMonth;
  let last = toMonth;
  if (!startsWhole) {
    edges.push({ from: period.from, to: lastDayOfMonth(fromMonth) });
    first = nextMonth(fromMonth);
  }
  if (!endsWhole) {
    edges.push({ from: `${toMonth}-01`, to: period.to });
    last = previousMonth(toMonth);
  }
  return { months: first <= last ? { first, last } : null, edges };
}

function shiftMonth(month: string, by: 1 | -1): string {
  let y = Number(month.slice(0, 4));
  let m = Number(month.slice(5, 7)) + by;
  if (m > 12) {
    m = 1;
    y += 1;
  } else if (m < 1) {
    m = 12;
    y -= 1;
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}
const nextMonth = (m: string) => shiftMonth(m, 1);
const previousMonth = (m: string) => shiftMonth(m, -1);

/** Is the person a member (any membership but 'none') on `date`? */
export function isMemberOn(person: Person, date: string): boolean {
  if (person.membership === 'none') return false;
  if (person.joinedOn && person.joinedOn > date) return false;
  if (person.leftOn && person.leftOn <= date) return false;
  return true;
}

/** The hour and session rollups of exactly one period. */
export type PeriodRollups = {
  period: Period;
  hours: HourRollup[];
  volunteers: VolunteerRollup[];
  sessions: SessionRollup[];
};

/**
 * The rollups of `period` built from rows: what the CLI and the reports use,
 * and what the database query layer uses for the days at a period's ends.
 */
export function periodRollupsOf(
  data: Pick<Dataset, 'hours' | 'sessions'>,
  period: Period,
): PeriodRollups {
  const hours = data.hours.filter((h) => inPeriod(h.date, period));
  return {
    period,
    hours: hourRollupsOf(hours),
    volunteers: volunteerRollupsOf(hours),
    sessions: sessionRollupsOf(data.sessions.filter((s) => inPeriod(s.date, period))),
  };
}

export type PaidMembershipType = Exclude<Person['membership'], 'none'>;
export const paidMembershipTypes = membershipTypes.filter(
  (m): m is PaidMembershipType => m !== 'none',
);

export type MembershipFigures = {
  /** Members on the period's last day. */
  membersAtEnd: number;
  /** Members on the day before the period began. */
  membersAtStart: number;
  joined: number;
  left: number;
  byType: Record<
    PaidMembershipType,
    { atStart: number; atEnd: number; joined: number; left: number }
  >;
};

/**
 * Members at the start and end of a period and joins and leaves in it, by
 * type, from the member rollups (`isMemberOn` for every person, counted).
 */
export function membershipFigures(
  members: readonly MemberRollup[],
  period: Period,
): MembershipFigures {
  const byType = Object.fromEntries(
    paidMembershipTypes.map((t) => [t, { atStart: 0, atEnd: 0, joined: 0, left: 0 }]),
  ) as MembershipFigures['byType'];
  const before = (date: string) => date < period.from;
  for (const r of members) {
    const row = byType[r.membership];
    for (const [date, n] of Object.entries(r.joined)) {
      // An undated join ('') counts from the beginning of time.
      if (before(date)) row.atStart += n;
      if (date <= period.to) row.atEnd += n;
      if (inPeriod(date, period)) row.joined += n;
    }
    for (const [date, n] of Object.entries(r.left)) {
      // isMemberOn: a person who left on a day is no longer a member that day.
      if (date < period.from) row.atStart -= n;
      if (date <= period.to) row.atEnd -= n;
      if (inPeriod(date, period)) row.left += n;
    }
  }
  const rows = Object.values(byType);
  const sum = (k: 'atStart' | 'atEnd' | 'joined' | 'left') => rows.reduce((s, r) => s + r[k], 0);
  return {
    membersAtEnd: sum('atEnd'),
    membersAtStart: sum('atStart'),
    joined: sum('joined'),
    left: sum('left'),
    byType,
  };
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

/** Headline figures of a period from its rollups and the member rollups. */
export function periodFiguresOf(
  rollups: PeriodRollups,
  members: readonly MemberRollup[],
  profile: Pick<AssociationProfile, 'hourValueCents' | 'hourValueSource'> | undefined,
): PeriodFigures {
  const minutesByKind = Object.fromEntries(hourKinds.map((k) => [k, 0])) as Record<
    HourKind,
    number
  >;
  let volunteerMinutes = 0;
  const volunteers = new Set<string>();
  const activityIds = new Set<string>();
  for (const h of rollups.hours) {
    minutesByKind[h.kind] += h.minutes;
    volunteerMinutes += h.minutes;
    if (h.activityId) activityIds.add(h.activityId);
  }
  for (const v of rollups.volunteers) for (const id of v.people) volunteers.add(id);
  let sessions = 0;
  let participants = 0;
  for (const s of rollups.sessions) {
    sessions += s.sessions;
    participants += s.participants;
    activityIds.add(s.activityId);
  }
  const hourValueCents = hourValueOf(profile);
  const m = membershipFigures(members, rollups.period);
  return {
    period: rollups.period,
    membersAtEnd: m.membersAtEnd,
    joined: m.joined,
    left: m.left,
    volunteers: volunteers.size,
    volunteerMinutes,
    minutesByKind,
    sessions,
    participants,
    activities: activityIds.size,
    volunteerValueCents: volunteerValueCents(volunteerMinutes, hourValueCents),
    hourValueCents,
    hourValueSource: profile?.hourValueSource ?? '',
  };
}

/**
 * Headline figures for a period, from records not in the trash. The home page,
 * the reports and the CLI all take their numbers from here (the app through
 * the database's rollups, the CLI and reports from rows: the same function).
 */
export function periodFigures(data: Dataset, period: Period): PeriodFigures {
  return periodFiguresOf(
    periodRollupsOf(data, period),
    memberRollupsOf(data.people),
    data.profile.find((p) => !p.deletedAt),
  );
}

export type ActivityFigures = {
  activityId: string;
  name: string;
  sessions: number;
  participants: number;
  volunteerMinutes: number;
};

/** Sessions, participants and volunteer minutes per live activity, by name. */
export function activityFiguresOf(
  rollups: Pick<PeriodRollups, 'hours' | 'sessions'>,
  activities: readonly Pick<Activity, 'id' | 'name' | 'deletedAt'>[],
): ActivityFigures[] {
  const rows = new Map<string, ActivityFigures>();
  for (const a of activities) {
    if (a.deletedAt) continue;
    rows.set(a.id, {
      activityId: a.id,
      name: a.name,
      sessions: 0,
      participants: 0,
      volunteerMinutes: 0,
    });
  }
  for (const s of rollups.sessions) {
    const row = rows.get(s.activityId);
    if (!row) continue;
    row.sessions += s.sessions;
    row.participants += s.participants;
  }
  for (const h of rollups.hours) {
    const row = h.activityId ? rows.get(h.activityId) : undefined;
    if (row) row.volunteerMinutes += h.minutes;
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}

/** Sessions, participants and volunteer minutes per activity in a period, by name. */
export function figuresByActivity(data: Dataset, period: Period): ActivityFigures[] {
  return activityFiguresOf(periodRollupsOf(data, period), data.activities);
}

/**
 * Activities that had sessions or volunteer hours: the rows the figures tables
 * show, on the home page and in the annual, advocacy and grant reports.
 */
export function hadActivity(f: Pick<ActivityFigures, 'sessions' | 'volunteerMinutes'>): boolean {
  return f.sessions > 0 || f.volunteerMinutes > 0;
}
