import { afterEach, describe, expect, it } from 'vitest';
import {
  readDataset,
  replaceDataset,
  Repository,
  rollupTableNames,
  TalkootDb,
  type RollupTableName,
} from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import {
  hourRollupsOf,
  memberRollupsOf,
  sessionRollupsOf,
  volunteerRollupsOf,
} from '../../src/core/figures';
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

const recomputed = (data: Dataset): Record<RollupTableName, unknown[]> => ({
  hourRollups: hourRollupsOf(data.hours),
  volunteerRollups: volunteerRollupsOf(data.hours),
  sessionRollups: sessionRollupsOf(data.sessions),
  memberRollups: memberRollupsOf(data.people),
});

async function stored(db: TalkootDb): Promise<Record<RollupTableName, unknown[]>> {
  const out = {} as Record<RollupTableName, unknown[]>;
  for (const t of rollupTableNames) out[t] = await db.rollupsOf(t).orderBy('id').toArray();
  return out;
}

describe('restore writes the rollups once, from the data in memory', () => {
  const today = '2026-11-15';
  // More hours than one write chunk (5 000), so the rows go in several bulk writes.
  const big = generateDemoDataset({ seed: 3, today, people: 300, hourEntries: 12_000 });

  it('leaves rollups equal to a full recomputation, over a database that had others', async () => {
    const db = openDb();
    await replaceDataset(db, generateDemoDataset({ seed: 1, today, people: 40 }));
    await replaceDataset(db, big);
    expect(await stored(db)).toEqual(recomputed(big));
    expect((await stored(db)).volunteerRollups.length).toBeGreaterThan(0);
  });

  it('keeps rollups per write again after the restore', async () => {
    const db = openDb();
    await replaceDataset(db, big);
    const hours = new Repository(db, 'hours');
    const entry = big.hours.find((h) => !h.deletedAt)!;
    await hours.update(entry.id, { minutes: entry.minutes + 45 });
    await hours.softDelete(big.hours.filter((h) => !h.deletedAt)[5]!.id);
    await new Repository(db, 'people').softDelete(big.people[2]!.id);
    expect(await stored(db)).toEqual(recomputed(await readDataset(db)));
  });

  it('a failed restore leaves the old rollups too', async () => {
    const db = openDb();
    const small = generateDemoDataset({ seed: 1, today, people: 40 });
    await replaceDataset(db, small);
    const before = await stored(db);
    const broken: Dataset = { ...big, sessions: [big.sessions[0]!, big.sessions[0]!] };
    await expect(replaceDataset(db, broken)).rejects.toThrow();
    expect(await stored(db)).toEqual(before);
  });
});
