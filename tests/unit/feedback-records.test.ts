import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Repository, TalkootDb, feedbackRecords, replaceDataset } from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import { indicatorsOfPeriod, tallyAnswers } from '../../src/core/impact';

const demo = generateDemoDataset({ seed: 8, today: '2026-11-22' });
let db: TalkootDb;
beforeEach(async () => {
  db = new TalkootDb(`feedback-records-${crypto.randomUUID()}`);
  await db.open();
  await replaceDataset(db, demo);
});
afterEach(async () => {
  await db.delete();
});

describe('putting a tally right', () => {
  it('counts the people who answered as the most answers any statement got', () => {
    expect(tallyAnswers({ counts: [{ statementId: 'a', counts: [0, 1, 2, 3, 4] }] })).toBe(10);
    expect(
      tallyAnswers({
        counts: [
          { statementId: 'a', counts: [0, 0, 0, 1, 1] },
          { statementId: 'b', counts: [1, 1, 1, 1, 1] },
        ],
      }),
    ).toBe(5);
  });

  it('lists every live tally and value, and a trashed tally leaves the list and the indicators until restored', async () => {
    const before = await feedbackRecords(db);
    expect(before.tallies.length).toBe(demo.feedbackTallies.filter((t) => !t.deletedAt).length);
    expect(before.values.length).toBe(demo.indicatorValues.filter((v) => !v.deletedAt).length);
    const tos = before.tallies.map((t) => t.tally.to);
    expect(tos).toEqual([...tos].sort().reverse());

    const { tally } = before.tallies[0]!;
    const period = { from: tally.from, to: tally.to };
    const answersIn = async () => {
      const data = {
        feedbackForms: await db.tableOf('feedbackForms').toArray(),
        feedbackTallies: await db.tableOf('feedbackTallies').toArray(),
        indicatorValues: await db.tableOf('indicatorValues').toArray(),
      };
      return indicatorsOfPeriod(data, period, 'fi').reduce((s, i) => s + (i.answers ?? 0), 0);
    };
    const withIt = await answersIn();
    const repo = new Repository(db, 'feedbackTallies');
    await repo.softDelete(tally.id);
    expect((await feedbackRecords(db)).tallies.map((t) => t.tally.id)).not.toContain(tally.id);
    expect(await answersIn()).toBeLessThan(withIt);
    await repo.restore(tally.id);
    expect(await answersIn()).toBe(withIt);
  });
});
