import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMerge, readDataset, replaceDataset, revertMerge, TalkootDb } from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import { mergeDatasets, planMerge, undoOfMerge } from '../../src/core/merge';
import { emptyDataset, type Dataset, type HourEntry, type Person } from '../../src/core/schemas';
import { expectRollupsExact } from './support/rollupsExact';
import { stamp, uuid, volunteer } from './support/mergeFixtures';

/** One version of a person, as some computer last saved it (trashed or not). */
const personVersion = fc
  .record({
    n: fc.integer({ min: 1, max: 4 }),
    day: fc.integer({ min: 1, max: 5 }),
    trashed: fc.boolean(),
    membership: fc.constantFrom('none', 'regular', 'supporting'),
  })
  .map(({ n, day, trashed, membership }) =>
    volunteer(n, {
      updatedAt: stamp(day),
      deletedAt: trashed ? stamp(day) : null,
      membership: membership as Person['membership'],
      ...(membership === 'none' ? {} : { memberSince: '2026-01-01' }),
    }),
  );

/** One version of an hour entry of person 1 (whom every computer has). */
const hourVersion = fc
  .record({
    n: fc.integer({ min: 10, max: 15 }),
    day: fc.integer({ min: 1, max: 5 }),
    minutes: fc.integer({ min: 1, max: 600 }),
  })
  .map(({ n, day, minutes }): HourEntry => ({
    id: uuid(n),
    createdAt: stamp(1),
    updatedAt: stamp(day),
    deletedAt: null,
    personId: uuid(1),
    date: `2026-11-0${day}`,
    minutes,
    kind: 'peerSupport',
    approved: false,
  }));

const one = <T extends { id: string }>(rows: T[]) => [
  ...new Map(rows.map((r) => [r.id, r])).values(),
];

/** Person 1 as every computer first saved them. */
const personVersionOf1 = volunteer(1);

/** A computer's data: person 1 always, and at most one version of each other record. */
const computer = fc
  .record({
    people: fc.array(personVersion, { maxLength: 6 }),
    hours: fc.array(hourVersion, { maxLength: 8 }),
  })
  .map(({ people, hours }): Dataset => {
    const d = emptyDataset();
    const first = people.find((p) => p.id === uuid(1));
    d.people = one([...people.filter((p) => p.id !== uuid(1)), first ?? personVersionOf1]);
    d.hours = one(hours);
    return d;
  });

/** A dataset with each table in id order, for comparing what is stored. */
const sorted = (d: Dataset) =>
  Object.fromEntries(
    Object.entries(d).map(([t, rows]) => [
      t,
      [...(rows as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id)),
    ]),
  );

let n = 0;
const freshDb = () => new TalkootDb(`merge-undo-${++n}-${crypto.randomUUID()}`);

describe('undoing a merge', () => {
  it('gives back exactly the data before it, rollups included, whatever the two sides held', async () => {
    await fc.assert(
      fc.asyncProperty(computer, computer, async (local, incoming) => {
        const db = freshDb();
        try {
          await replaceDataset(db, local);
          const before = await readDataset(db);
          const plan = planMerge(before, incoming, 'fi');
          expect(plan.ok).toBe(true);
          if (!plan.ok) return;
          await applyMerge(db, plan);
          expect(sorted(await readDataset(db))).toEqual(
            sorted(mergeDatasets(before, incoming).merged),
          );
          await revertMerge(db, plan.undo);
          expect(sorted(await readDataset(db))).toEqual(sorted(before));
          await expectRollupsExact(db);
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps what was entered after the merge in records the merge did not touch', async () => {
    const db = freshDb();
    const local = generateDemoDataset({
      seed: 3,
      today: '2026-11-15',
      people: 30,
      hourEntries: 200,
    });
    const other = generateDemoDataset({
      seed: 4,
      today: '2026-11-15',
      people: 10,
      hourEntries: 50,
    });
    await replaceDataset(db, local);
    const plan = planMerge(await readDataset(db), other, 'fi');
    if (!plan.ok) throw new Error('the two demo files merge');
    expect(plan.added).toBeGreaterThan(0);
    await applyMerge(db, plan);
    // After the merge, an hour entry of this computer's is corrected.
    const mine = local.hours[0]!;
    await db.table('hours').put({ ...mine, minutes: mine.minutes + 15, updatedAt: stamp(20) });
    await revertMerge(db, plan.undo);
    const after = await readDataset(db);
    expect(after.hours.find((h) => h.id === mine.id)?.minutes).toBe(mine.minutes + 15);
    expect(after.people.length).toBe(local.people.length);
    expect(after.hours.length).toBe(local.hours.length);
    await expectRollupsExact(db);
    await db.delete();
  });
});

describe('planMerge', () => {
  it('carries the records to write and their undo, not the merged whole', () => {
    const local = emptyDataset();
    local.people = [personVersionOf1];
    const incoming = emptyDataset();
    const renamed = { ...personVersionOf1, fullName: 'Uusi nimi', updatedAt: stamp(3) };
    const newcomer = { ...personVersionOf1, id: uuid(2), fullName: 'Tulokas' };
    incoming.people = [renamed, newcomer];
    const plan = planMerge(local, incoming, 'en');
    expect(plan).toMatchObject({ ok: true, added: 1, updated: 1, otherAssociation: false });
    if (!plan.ok) return;
    expect(plan.changes.people).toEqual([renamed, newcomer]);
    expect(plan.undo).toEqual({
      remove: { people: [uuid(2)] },
      restore: { people: [personVersionOf1] },
    });
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toContain('Uusi nimi');
    expect(plan).not.toHaveProperty('merged');
  });

  it('refuses a merge whose whole would not be valid, and reports its problems', () => {
    const local = emptyDataset();
    const incoming = emptyDataset();
    // An hour entry of a person neither computer has.
    incoming.hours = [{ ...fc.sample(hourVersion, 1)[0]!, personId: uuid(99) }];
    const plan = planMerge(local, incoming, 'fi');
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.issues.length).toBeGreaterThan(0);
  });

  it('counts the merged records it checks, up to all of them', () => {
    const local = generateDemoDataset({
      seed: 5,
      today: '2026-11-15',
      people: 20,
      hourEntries: 100,
    });
    const incoming = generateDemoDataset({
      seed: 6,
      today: '2026-11-15',
      people: 5,
      hourEntries: 20,
    });
    const seen: [number, number][] = [];
    planMerge(local, incoming, 'sv', (done, total) => seen.push([done, total]));
    const merged = mergeDatasets(local, incoming).merged;
    const total = Object.values(merged).reduce((a, rows) => a + (rows as unknown[]).length, 0);
    expect(seen.at(-1)).toEqual([total, total]);
  });

  it('an undo of nothing changed removes and restores nothing', () => {
    expect(undoOfMerge({ changes: {}, replaced: {} })).toEqual({ remove: {}, restore: {} });
  });
});
