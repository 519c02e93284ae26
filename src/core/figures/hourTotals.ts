import type { Dataset, HourEntry, HourKind } from '../schemas';
import { hourKinds } from '../schemas';
import { hourRollupsOf, type HourRollup } from './rollups';
import type { Period } from './yearFigures';

/** Minutes per kind, every kind present (zero when none). */
export type MinutesByKind = Record<HourKind, number>;

/** A row of totals: minutes per kind and their sum. */
export type KindTotals = { byKind: MinutesByKind; totalMinutes: number };

function emptyKinds(): MinutesByKind {
  return Object.fromEntries(hourKinds.map((k) => [k, 0])) as MinutesByKind;
}

function addEntry(row: KindTotals, h: Pick<HourEntry, 'kind' | 'minutes'>): void {
  row.byKind[h.kind] += h.minutes;
  row.totalMinutes += h.minutes;
}

const liveHours = (data: Pick<Dataset, 'hours'>) => data.hours.filter((h) => !h.deletedAt);
const inPeriod = (date: string, p: Period) => date >= p.from && date <= p.to;

/** Every month `YYYY-MM` from the period's first month to its last, crossing years. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let y = Number(period.from.slice(0, 4));
  let m = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

export type MonthTotals = KindTotals & { month: string };

/** Volunteer minutes per month and kind in a period; months without hours are zero rows. */
export function minutesByMonth(data: Pick<Dataset, 'hours'>, period: Period): MonthTotals[] {
  return minutesByMonthOf(
    hourRollupsOf(liveHours(data).filter((h) => inPeriod(h.date, period))),
    period,
  );
}

/** minutesByMonth from the hour rollups of the period. */
export function minutesByMonthOf(hours: readonly HourRollup[], period: Period): MonthTotals[] {
  const rows = new Map<string, MonthTotals>(
    monthsOf(period).map((month) => [month, { month, byKind: emptyKinds(), totalMinutes: 0 }]),
  );
  for (const h of hours) {
    const row = rows.get(h.month);
    if (row) addEntry(row, h);
  }
  return [...rows.values()];
}

export type YearTotals = KindTotals & { year: number };

/** One person's volunteer minutes per calendar year and kind, newest year first. */
export function personTotalsByYear(data: Pick<Dataset, 'hours'>, personId: string): YearTotals[] {
  const rows = new Map<number, YearTotals>();
  for (const h of liveHours(data)) {
    if (h.personId !== personId) continue;
    const year = Number(h.date.slice(0, 4));
    let row = rows.get(year);
    if (!row) {
      row = { year, byKind: emptyKinds(), totalMinutes: 0 };
      rows.set(year, row);
    }
    addEntry(row, h);
  }
  return [...rows.values()].sort((a, b) => b.year - a.year);
}

export type PersonActivityTotals = {
  /** Undefined for hours not tied to an activity. */
  activityId: string | undefined;
  name: string | undefined;
  minutes: number;
  entries: number;
};

export type PersonHours = {
  entries: HourEntry[];
  totalMinutes: number;
  byKind: MinutesByKind;
  byActivity: PersonActivityTotals[];
  /** Distinct days with hours. */
  days: number;
  firstDate: string | undefined;
  lastDate: string | undefined;
};

/**
 * One person's hours in a period: totals by kind and by activity (largest first,
 * hours without an activity last), distinct days, first and last date.
 */
export function personHours(
  data: Pick<Dataset, 'hours' | 'activities'>,
  personId: string,
  period: Period,
): PersonHours {
  const entries = liveHours(data)
    .filter((h) => h.personId === personId && inPeriod(h.date, period))
    .sort((a, b) => a.date.localeCompare(b.date));
  const totals: KindTotals = { byKind: emptyKinds(), totalMinutes: 0 };
  const names = new Map(data.activities.map((a) => [a.id, a.name]));
  const byActivity = new Map<string, PersonActivityTotals>();
  for (const h of entries) {
    addEntry(totals, h);
    const key = h.activityId ?? '';
    let row = byActivity.get(key);
    if (!row) {
      row = { activityId: h.activityId, name: names.get(key), minutes: 0, entries: 0 };
      byActivity.set(key, row);
    }
    row.minutes += h.minutes;
    row.entries += 1;
  }
  return {
    entries,
    ...totals,
    byActivity: [...byActivity.values()].sort(
      (a, b) =>
        Number(a.activityId === undefined) - Number(b.activityId === undefined) ||
        b.minutes - a.minutes ||
        (a.name ?? '').localeCompare(b.name ?? '', 'fi'),
    ),
    days: new Set(entries.map((h) => h.date)).size,
    firstDate: entries[0]?.date,
    lastDate: entries.at(-1)?.date,
  };
}
