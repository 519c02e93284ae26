import { describe, expect, it } from 'vitest';
import { parseDataFile, serializeDataFile } from '../../src/core/dataFile';
import { applyMerge, readDataset, replaceDataset, TalkootDb } from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import { mergeDatasets } from '../../src/core/merge';
import { tableNames } from '../../src/core/schemas';

const data = generateDemoDataset({
  seed: 2,
  today: '2026-11-15',
  people: 300,
  hourEntries: 12_000,
});
const total = tableNames.reduce((n, t) => n + data[t].length, 0);

describe('big files report their progress', () => {
  it('validation counts every record up to the total', () => {
    const seen: [number, number][] = [];
    const result = parseDataFile(
      serializeDataFile(data, { exportedAt: '2026-11-15T10:00:00.000Z' }),
      {
        onProgress: (done, all) => seen.push([done, all]),
      },
    );
    expect(result.ok).toBe(true);
    expect(seen[0]).toEqual([0, total]);
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.length).toBeGreaterThan(2);
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });

  it('a restore and a merge count what they write, and write it all', async () => {
    const db = new TalkootDb(`progress-${crypto.randomUUID()}`);
    const restored: number[] = [];
    await replaceDataset(db, data, { onProgress: (written) => restored.push(written) });
    expect(restored[0]).toBe(0);
    expect(restored.at(-1)).toBe(total);
    expect(restored.length).toBeGreaterThan(2);
    expect((await readDataset(db)).hours.length).toBe(data.hours.length);

    const other = generateDemoDataset({ seed: 9, today: '2026-11-15', people: 20 });
    const result = mergeDatasets(await readDataset(db), other);
    const changes = tableNames.reduce((n, t) => n + (result.changes[t]?.length ?? 0), 0);
    const merged: number[] = [];
    await applyMerge(db, result, { onProgress: (written) => merged.push(written) });
    expect(merged.at(-1)).toBe(changes);
    await db.delete();
  });
});
