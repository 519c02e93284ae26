import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activityFiguresOfPeriod,
  feesOfPerson,
  feesOfYear,
  feeYears,
  hourList,
  hourListPage,
  hourListTotals,
  hoursOfActivity,
  hoursOfGrant,
  hoursOfPerson,
  hoursOfPeriod,
  hoursOfSession,
  latestSessionOfActivity,
  livePeople,
  periodDataset,
  periodSummary,
  replaceDataset,
  sessionsOfActivity,
  sessionsOfPeriod,
  TalkootDb,
  trashedPeople,
} from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import {
  figuresByActivity,
  periodFigures,
  splitByMonths,
  type Period,
} from '../../src/core/figures';
import { countApproval, filterHours, type HourFilter } from '../../src/core/hours';
import type { Dataset } from '../../src/core/schemas';

const today = '2026-11-15';
let db: TalkootDb;
let data: Dataset;

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));
const inP = (d: string, p: Period) => d >= p.from && d <= p.to;

beforeAll(async () => {
  data = generateDemoDataset({ seed: 3, today, people: 60 });
  // Some of everything in the trash, so every query has something to leave out.
  const stamp = '2026-11-10T10:00:00.000Z';
  data.hours.forEach((h, i) => {
    if (i % 17 === 0) h.deletedAt = stamp;
  });
  data.sessions.forEach((s, i) => {
    if (i % 11 === 0) s.deletedAt = stamp;
  });
  data.people.forEach((p, i) => {
    if (i % 13 === 0) p.deletedAt = stamp;
  });
  data.fees.forEach((f, i) => {
    if (i % 7 === 0) f.deletedAt = stamp;
  });
  db = new TalkootDb(`queries-${crypto.randomUUID()}`);
  await replaceDataset(db, data);
});
afterAll(async () => {
  await db.delete();
});

const live = <T extends { deletedAt?: string | null }>(rows: T[]) =>
  rows.filter((r) => !r.deletedAt);

describe('the query layer returns exactly the rows of its range, trash left out', () => {
  const period: Period = { from: '2026-02-10', to: '2026-05-03' };

  it('hours and sessions of a period', async () => {
    expect(byId(await hoursOfPeriod(db, period))).toEqual(
      byId(live(data.hours).filter((h) => inP(h.date, period))),
    );
    expect(byId(await sessionsOfPeriod(db, period))).toEqual(
      byId(live(data.sessions).filter((s) => inP(s.date, period))),
    );
  });

  it('hours of a person, an activity, a grant and a session', async () => {
    const h = live(data.hours).find((x) => x.grantId && x.sessionId && x.activityId)!;
    expect(h).toBeDefined();
    expect(byId(await hoursOfPerson(db, h.personId))).toEqual(
      byId(live(data.hours).filter((x) => x.personId === h.personId)),
    );
    expect(byId(await hoursOfPerson(db, h.personId, period))).toEqual(
      byId(live(data.hours).filter((x) => x.personId === h.personId && inP(x.date, period))),
    );
    expect(byId(await hoursOfActivity(db, h.activityId!, period))).toEqual(
      byId(live(data.hours).filter((x) => x.activityId === h.activityId && inP(x.date, period))),
    );
    expect(byId(await hoursOfGrant(db, h.grantId!))).toEqual(
      byId(live(data.hours).filter((x) => x.grantId === h.grantId)),
    );
    expect(byId(await hoursOfSession(db, h.sessionId!))).toEqual(
      byId(live(data.hours).filter((x) => x.sessionId === h.sessionId)),
    );
  });

  it('sessions of an activity, and its latest', async () => {
    const s = live(data.sessions)[0]!;
    const mine = live(data.sessions).filter((x) => x.activityId === s.activityId);
    expect(byId(await sessionsOfActivity(db, s.activityId))).toEqual(byId(mine));
    const latest = [...mine].sort(
      (a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id),
    )[0];
    expect(await latestSessionOfActivity(db, s.activityId)).toEqual(latest);
  });

  it('fees of a year and of a person; the years with fees', async () => {
    const f = live(data.fees)[0]!;
    expect(byId(await feesOfYear(db, f.year))).toEqual(
      byId(live(data.fees).filter((x) => x.year === f.year)),
    );
    expect(byId(await feesOfPerson(db, f.personId))).toEqual(
      byId(live(data.fees).filter((x) => x.personId === f.personId)),
    );
    expect(await feeYears(db)).toEqual([...new Set(data.fees.map((x) => x.year))].sort());
  });

  it('people in and out of the trash', async () => {
    expect(byId(await livePeople(db))).toEqual(byId(live(data.people)));
    expect(byId(await trashedPeople(db))).toEqual(byId(data.people.filter((p) => p.deletedAt)));
  });

  it("a report's dataset holds only its period's hours and sessions", async () => {
    const d = await periodDataset(db, period);
    expect(d.hours.every((h) => inP(h.date, period))).toBe(true);
    expect(d.sessions.every((s) => inP(s.date, period))).toBe(true);
    expect(periodFigures(d, period)).toEqual(periodFigures(data, period));
  });
});

const dates = fc
  .tuple(
    fc.integer({ min: 2024, max: 2027 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  )
  .map(
    ([y, m, d]) =>
      `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, 28 + (m === 2 ? 0 : 2))).padStart(2, '0')}`,
  );
const periods = fc
  .tuple(dates, dates)
  .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

describe('figures from rollups equal figures from rows', () => {
  it('for any period: home figures and figures by activity', async () => {
    await fc.assert(
      fc.asyncProperty(periods, async (period) => {
        const s = await periodSummary(db, period);
        expect(s.figures).toEqual(periodFigures(data, period));
        expect(s.byActivity).toEqual(figuresByActivity(data, period));
        expect(await activityFiguresOfPeriod(db, period)).toEqual(figuresByActivity(data, period));
      }),
      { numRuns: 60 },
    );
  });

  it('splitByMonths covers the period exactly once', () => {
    fc.assert(
      fc.property(periods, (p) => {
        const { months, edges } = splitByMonths(p);
        const days: string[] = [];
        for (
          let d = new Date(`${p.from}T00:00:00Z`);
          d.toISOString().slice(0, 10) <= p.to;
          d.setUTCDate(d.getUTCDate() + 1)
        ) {
          days.push(d.toISOString().slice(0, 10));
        }
        const covered = days.filter(
          (day) =>
            (months && day.slice(0, 7) >= months.first && day.slice(0, 7) <= months.last ? 1 : 0) +
              edges.filter((e) => inP(day, e)).length ===
            1,
        );
        expect(covered).toEqual(days);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the hour list', () => {
  const anyHour = () => live(data.hours)[5]!;
  const filters = (): HourFilter[] => {
    const h = anyHour();
    return [
      {},
      { from: '2026-03-15', to: '2026-09-02' },
      { personId: h.personId },
      { activityId: h.activityId, from: '2026-01-01' },
      { grantId: h.grantId, to: '2026-06-30' },
      { kind: h.kind, approval: 'pending' },
      { approval: 'approved', from: '2025-07-20' },
    ];
  };

  it('pages, all rows and totals agree with filtering every row', async () => {
    for (const f of filters()) {
      const expected = filterHours(data, f);
      const all = await hourList(db, f);
      expect(byId(all)).toEqual(byId(expected));
      // Newest first.
      expect(all.map((h) => h.date)).toEqual(expected.map((h) => h.date));
      const page = await hourListPage(db, f, 10, 25);
      expect(page).toEqual(all.slice(10, 35));
      expect(await hourListTotals(db, f)).toEqual(countApproval(expected));
    }
  });
});
