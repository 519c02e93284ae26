import { afterEach, describe, expect, it } from 'vitest';
import { readDataset, replaceDataset, Repository, TalkootDb } from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import { recomputedRollups, storedRollups } from './support/rollupsExact';
import type { Dataset } from '../../src/core/schemas';

const opened: TalkootDb[] = [];
function openDb(): TalkootDb {
  const db = new TalkootDb(`restore-rollups-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('restore writes the rollups once, from the data in memory', () => {
  const today = '2026-11-15';
  // More hours than one write chunk (5 000), so the rows go in several bulk writes.
  const big = generateDemoDataset({ seed: 3, today, people: 300, hourEntries: 12_000 });

  it('leaves rollups equal to a full recomputation, over a database that had others', async () => {
    const db = openDb();
    await replaceDataset(db, generateDemoDataset({ seed: 1, today, people: 40 }));
    await replaceDataset(db, big);
    expect(await storedRollups(db)).toEqual(recomputedRollups(big));
    expect((await storedRollups(db)).volunteerRollups.length).toBeGreaterThan(0);
  });

  it('keeps rollups per write again after the restore', async () => {
    const db = openDb();
    await replaceDataset(db, big);
    const hours = new Repository(db, 'hours');
    const entry = big.hours.find((h) => !h.deletedAt)!;
    await hours.update(entry.id, { minutes: entry.minutes + 45 });
    await hours.softDelete(big.hours.filter((h) => !h.deletedAt)[5]!.id);
    await new Repository(db, 'people').softDelete(big.people[2]!.id);
    expect(await storedRollups(db)).toEqual(recomputedRollups(await readDataset(db)));
  });

  it('a failed restore leaves the old rollups too', async () => {
    const db = openDb();
    const small = generateDemoDataset({ seed: 1, today, people: 40 });
    await replaceDataset(db, small);
    const before = await storedRollups(db);
    const broken: Dataset = { ...big, sessions: [big.sessions[0]!, big.sessions[0]!] };
    await expect(replaceDataset(db, broken)).rejects.toThrow();
    expect(await storedRollups(db)).toEqual(before);
  });
});
