import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  TalkootDb,
  memberGroupData,
  personPageData,
  personRecords,
  replaceDataset,
  Repository,
  unpaidFeesUpTo,
} from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import { personTotalsByYear, personActivityTotals } from '../../src/core/figures';
import {
  feeTotals,
  feeYearChoices,
  peopleWithUnpaidFeeForAYear,
  personFeesNewestFirst,
} from '../../src/core/fees';
import {
  filterMembers,
  memberFilterCounts,
  memberFilterKinds,
  trashNewestFirst,
  type MemberFilter,
} from '../../src/core/people';
import { memberListModel, volunteerCertificateModel } from '../../src/core/reports';
import { personDataModel } from '../../src/core/reports/personDataModel';
import type { Dataset, HourEntry, MembershipFee, Person } from '../../src/core/schemas';

const today = '2026-11-22';
const demo = generateDemoDataset({ seed: 2, today });

/** The demo with edge cases: a person in the trash, hours and fees in the trash. */
function withEdges(data: Dataset): Dataset {
  const [p0, p1] = data.people;
  const hour = data.hours.find((h) => h.personId === p0!.id)!;
  const fee: MembershipFee = data.fees[0]!;
  return {
    ...data,
    people: data.people.map((p) =>
      p.id === p1!.id ? { ...p, deletedAt: '2026-05-01T10:00:00.000Z' } : p,
    ),
    hours: [...data.hours, { ...hour, id: crypto.randomUUID(), deletedAt: '2026-01-02T00:00:00Z' }],
    fees: [
      ...data.fees,
      { ...fee, id: crypto.randomUUID(), deletedAt: '2026-01-03T00:00:00Z', paidOn: undefined },
    ],
  };
}

let db: TalkootDb;
let data: Dataset;

beforeEach(async () => {
  db = new TalkootDb(`people-queries-test-${crypto.randomUUID()}`);
  await db.open();
  data = withEdges(demo);
  await replaceDataset(db, data);
});

afterEach(async () => {
  await db.delete();
});

const ids = (people: Person[]) => people.map((p) => p.id).sort();
const filters: MemberFilter[] = memberFilterKinds.map((kind) =>
  kind === 'membershipType' ? { kind, membershipType: 'regular' } : { kind },
);

describe('memberGroupData', () => {
  // Today, and days that put the retention cut-off in the middle, at the start and at the end of a month.
  for (const day of [today, '2026-03-01', '2026-02-28', '2027-07-15', '2031-12-31']) {
    it(`gives the same groups and counts as the whole dataset on ${day}`, async () => {
      const narrow = await memberGroupData(db, day);
      expect(memberFilterCounts(narrow, day)).toEqual(memberFilterCounts(data, day));
      for (const f of filters) {
        expect(ids(filterMembers(narrow, f, day)), f.kind).toEqual(
          ids(filterMembers(data, f, day)),
        );
      }
    });
  }

  it('reads no hour rows but a mark per volunteer, and only unpaid live fees', async () => {
    const narrow = await memberGroupData(db, today);
    const volunteers = new Set(data.hours.filter((h) => !h.deletedAt).map((h) => h.personId));
    expect(narrow.hours.map((h) => h.personId).sort()).toEqual([...volunteers].sort());
    expect(narrow.fees.every((f) => !f.paidOn && !f.deletedAt)).toBe(true);
    expect(narrow.people.every((p) => !p.deletedAt)).toBe(true);
  });

  it('tells by the day who is active after the retention cut-off, when it falls in their last month', async () => {
    const day = '2031-12-31'; // the cut-off is 2026-12-31
    const past = async () =>
      ids(filterMembers(await memberGroupData(db, day), { kind: 'pastRetention' }, day));
    const gone = data.people.find((p) => (p.leftOn ?? '9999') < '2026-01-01' && !p.deletedAt)!;
    expect(await past()).toContain(gone.id);
    const entry = (date: string): HourEntry => ({
      ...data.hours[0]!,
      id: crypto.randomUUID(),
      personId: gone.id,
      date,
      deletedAt: null,
    });
    await db.tableOf('hours').add(entry('2026-12-30'));
    expect(await past()).toContain(gone.id);
    await db.tableOf('hours').add(entry('2026-12-31'));
    expect(await past()).not.toContain(gone.id);
    data.hours.push(entry('2026-12-31'));
    expect(await past()).toEqual(ids(filterMembers(data, { kind: 'pastRetention' }, day)));
  });

  it('has what the statutory member list needs', async () => {
    const narrow = await memberGroupData(db, today);
    const options = { date: today, printedOn: today };
    expect(memberListModel(narrow, options)).toEqual(memberListModel(data, options));
  });
});

describe('unpaidFeesUpTo', () => {
  const unpaidIds = (fees: readonly MembershipFee[], year: number) =>
    fees
      .filter((f) => !f.deletedAt && !f.paidOn && f.year <= year)
      .map((f) => f.id)
      .sort();

  it('gives exactly the live unpaid fees of the year and before, and follows payments', async () => {
    for (const year of [2024, 2025, 2026]) {
      const fees = await unpaidFeesUpTo(db, year);
      expect(fees.map((f) => f.id).sort(), String(year)).toEqual(unpaidIds(data.fees, year));
      for (const f of fees) expect(f).toEqual(data.fees.find((x) => x.id === f.id));
    }
    expect(data.fees.some((f) => f.deletedAt && !f.paidOn)).toBe(true);
    const repo = new Repository(db, 'fees', () => new Date('2026-11-23T10:00:00Z'));
    const [first] = await unpaidFeesUpTo(db, 2026);
    await repo.update(first!.id, { paidOn: '2026-11-23' });
    expect((await unpaidFeesUpTo(db, 2026)).map((f) => f.id)).not.toContain(first!.id);
    await repo.update(first!.id, { paidOn: undefined, amountCents: 1234 });
    const again = (await unpaidFeesUpTo(db, 2026)).find((f) => f.id === first!.id);
    expect(again?.amountCents).toBe(1234);
    await repo.softDelete(first!.id);
    expect((await unpaidFeesUpTo(db, 2026)).map((f) => f.id)).not.toContain(first!.id);
  });

  it('holds every fee that can be unpaid for over a year', async () => {
    for (const day of [today, '2027-06-30', '2028-01-01']) {
      const fees = await unpaidFeesUpTo(db, Number(day.slice(0, 4)));
      expect(peopleWithUnpaidFeeForAYear({ people: data.people, fees }, day)).toEqual(
        peopleWithUnpaidFeeForAYear(data, day),
      );
    }
  });
});

describe('personPageData and personRecords', () => {
  it('give one person’s rows: the page’s live ones, the own-data report everything', async () => {
    const person = data.people.find(
      (p) => !p.deletedAt && !p.anonymisedAt && data.hours.some((h) => h.personId === p.id),
    )!;
    const page = await personPageData(db, person.id);
    expect(page?.person).toEqual(person);
    expect(page!.hours.every((h) => h.personId === person.id && !h.deletedAt)).toBe(true);
    expect(personTotalsByYear(page!, person.id)).toEqual(personTotalsByYear(data, person.id));
    expect(personActivityTotals(page!, person.id)).toEqual(personActivityTotals(data, person.id));
    expect(personFeesNewestFirst(page!.fees, person.id)).toEqual(
      personFeesNewestFirst(data.fees, person.id),
    );
    const options = { personId: person.id, printedOn: today };
    expect(volunteerCertificateModel(page!, options)).toEqual(
      volunteerCertificateModel(data, options),
    );
    const records = await personRecords(db, person.id);
    expect(personDataModel(records!, options)).toEqual(personDataModel(data, options));
  });

  it('say null for no such person, and the page null for a person in the trash', async () => {
    const trashed = data.people.find((p) => p.deletedAt)!;
    expect(await personPageData(db, 'nobody')).toBeNull();
    expect(await personRecords(db, 'nobody')).toBeNull();
    expect(await personPageData(db, trashed.id)).toBeNull();
    expect((await personRecords(db, trashed.id))?.person.id).toBe(trashed.id);
  });
});

describe('small fee and trash helpers', () => {
  it('feeYearChoices: last, this and next year, fee and schedule years, newest first, once', () => {
    expect(feeYearChoices(2026, [2019, 2026], [2027, 2030])).toEqual([
      2030, 2027, 2026, 2025, 2019,
    ]);
    expect(feeYearChoices(2026, [], [])).toEqual([2027, 2026, 2025]);
  });

  it('personFeesNewestFirst: the person’s live fees, newest year, then later due date first', () => {
    const fee = (id: string, fields: Partial<MembershipFee>): MembershipFee => ({
      ...data.fees[0]!,
      id,
      personId: 'p',
      deletedAt: null,
      ...fields,
    });
    const fees = [
      fee('a', { year: 2024, dueOn: '2024-03-31' }),
      fee('b', { year: 2026, dueOn: '2026-03-31' }),
      fee('c', { year: 2026, dueOn: '2026-06-30' }),
      fee('d', { year: 2027, deletedAt: '2027-01-01T00:00:00Z' }),
      fee('e', { year: 2028, personId: 'q' }),
    ];
    expect(personFeesNewestFirst(fees, 'p').map((f) => f.id)).toEqual(['c', 'b', 'a']);
  });

  it('trashNewestFirst: only people in the trash, the latest deleted first', () => {
    const [a, b, c] = data.people;
    const people = [
      { ...a!, deletedAt: '2026-01-01T00:00:00Z' },
      { ...b!, deletedAt: null },
      { ...c!, deletedAt: '2026-02-01T00:00:00Z' },
    ];
    expect(trashNewestFirst(people).map((p) => p.id)).toEqual([c!.id, a!.id]);
  });

  it('feeTotals of the year’s fees alone equal those of the whole dataset', () => {
    const year = 2026;
    const fees = data.fees.filter((f) => f.year === year && !f.deletedAt);
    expect(feeTotals({ people: data.people, fees }, year)).toEqual(feeTotals(data, year));
  });
});
