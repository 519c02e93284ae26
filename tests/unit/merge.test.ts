import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMerge, readDataset, replaceDataset, TalkootDb } from '../../src/core/db';
import { checkMerged, mergeChangedNothing, mergeDatasets } from '../../src/core/merge';
import { emptyDataset, type Dataset, type HourEntry, type Person } from '../../src/core/schemas';
import { stamp, uuid, volunteer } from './support/mergeFixtures';

const people: Person[] = [1, 2].map((n) => volunteer(n));

/** One version of one of a few hour entries, as some computer last saved it. */
const hourVersion = fc
  .record({
    n: fc.integer({ min: 10, max: 15 }),
    day: fc.integer({ min: 1, max: 5 }),
    minutes: fc.integer({ min: 1, max: 600 }),
    person: fc.constantFrom(1, 2),
  })
  .map(({ n, day, minutes, person }): HourEntry => ({
    id: uuid(n),
    createdAt: stamp(1),
    updatedAt: stamp(day),
    deletedAt: null,
    personId: uuid(person),
    date: '2026-11-01',
    minutes,
    kind: 'peerSupport',
    approved: false,
  }));

/** A computer's data: the same people, and at most one version of each hour entry. */
const computer = fc.array(hourVersion, { maxLength: 8 }).map((hours): Dataset => {
  const d = emptyDataset();
  d.people = people;
  d.hours = [...new Map(hours.map((h) => [h.id, h])).values()];
  return d;
});

const canonical = (d: Dataset) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(d).map(([t, rows]) => [
        t,
        [...(rows as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id)),
      ]),
    ),
  );

describe('mergeDatasets', () => {
  it('is idempotent: merging the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(computer, computer, (a, b) => {
        const once = mergeDatasets(a, b);
        const twice = mergeDatasets(once.merged, b);
        expect(mergeChangedNothing(twice)).toBe(true);
        expect(canonical(twice.merged)).toBe(canonical(once.merged));
      }),
    );
  });

  it('is order-independent: files arriving in any order give the same data', () => {
    fc.assert(
      fc.property(computer, computer, computer, (a, b, c) => {
        const bc = mergeDatasets(mergeDatasets(a, b).merged, c).merged;
        const cb = mergeDatasets(mergeDatasets(a, c).merged, b).merged;
        expect(canonical(bc)).toBe(canonical(cb));
        // and merging is symmetric in who imports whom
        expect(canonical(mergeDatasets(a, b).merged)).toBe(canonical(mergeDatasets(b, a).merged));
      }),
    );
  });

  it('keeps the newer edit and lists the conflict', () => {
    const base = emptyDataset();
    base.people = people;
    const entry = {
      id: uuid(20),
      createdAt: stamp(1),
      deletedAt: null,
      personId: uuid(1),
      date: '2026-11-01',
      kind: 'peerSupport' as const,
      approved: false,
    };
    const ours = { ...base, hours: [{ ...entry, updatedAt: stamp(3), minutes: 60 }] };
    const theirs = {
      ...base,
      hours: [
        { ...entry, updatedAt: stamp(4), minutes: 90 },
        { ...entry, id: uuid(21), updatedAt: stamp(2), minutes: 30 },
      ],
    };
    const r = mergeDatasets(ours, theirs);
    expect(r.merged.hours.find((h) => h.id === uuid(20))!.minutes).toBe(90);
    expect(r.added).toEqual({ hours: 1 });
    expect(r.updated).toEqual({ hours: 1 });
    expect(r.conflicts).toEqual([
      { table: 'hours', id: uuid(20), kept: 'incoming', reason: 'differs' },
    ]);
    const back = mergeDatasets(r.merged, ours);
    expect(back.conflicts).toEqual([
      { table: 'hours', id: uuid(20), kept: 'local', reason: 'differs' },
    ]);
    expect(mergeChangedNothing(back)).toBe(true);
  });

  it('keeps this computer’s association profile', () => {
    const mine = emptyDataset();
    const other = emptyDataset();
    const profile = {
      createdAt: stamp(1),
      updatedAt: stamp(1),
      deletedAt: null,
      homeMunicipality: 'Tampere',
      fiscalYearStartMonth: 1,
      hourValueCents: 1500,
      hourValueSource: 'x',
      defaultLanguage: 'fi' as const,
    };
    mine.profile = [{ ...profile, id: uuid(90), name: 'Meidän yhdistys ry' }];
    other.profile = [{ ...profile, id: uuid(91), name: 'Toisen koneen profiili' }];
    const r = mergeDatasets(mine, other);
    expect(r.merged.profile.map((p) => p.name)).toEqual(['Meidän yhdistys ry']);
    expect(checkMerged(r)).toEqual([]);
  });

  it('refuses a merge that would leave an hour entry without its person', () => {
    const mine = emptyDataset();
    const other = emptyDataset();
    other.hours = [
      {
        id: uuid(30),
        createdAt: stamp(1),
        updatedAt: stamp(1),
        deletedAt: null,
        personId: uuid(99),
        date: '2026-11-01',
        minutes: 60,
        kind: 'other',
        approved: false,
      },
    ];
    expect(checkMerged(mergeDatasets(mine, other)).map((i) => i.code)).toEqual([
      'unknownReference',
    ]);
  });

  it('writes only the changes, in one transaction', async () => {
    const db = new TalkootDb('merge-apply');
    const mine = emptyDataset();
    mine.people = people;
    await replaceDataset(db, mine);
    const other = emptyDataset();
    other.people = people;
    other.hours = [
      {
        id: uuid(40),
        createdAt: stamp(1),
        updatedAt: stamp(1),
        deletedAt: null,
        personId: uuid(2),
        date: '2026-11-01',
        minutes: 45,
        kind: 'volunteering',
        approved: false,
      },
    ];
    await applyMerge(db, mergeDatasets(await readDataset(db), other));
    const after = await readDataset(db);
    expect(after.hours.map((h) => h.minutes)).toEqual([45]);
    expect(after.people).toHaveLength(2);
  });
});
