import { afterEach, describe, expect, it } from 'vitest';
import {
  feesOfYear,
  feesPageData,
  feeYears,
  replaceDataset,
  TalkootDb,
  unpaidFeesUpTo,
} from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';

const opened: TalkootDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('feesPageData', () => {
  it('is the year’s fees, the overdue candidates and the fee years of one read', async () => {
    const db = new TalkootDb(`fees-page-${crypto.randomUUID()}`);
    opened.push(db);
    await replaceDataset(db, generateDemoDataset({ seed: 2, today: '2026-11-22', people: 80 }));
    const data = await feesPageData(db, 2025, 2026);
    expect(data.year).toBe(2025);
    expect(data.fees).toEqual(await feesOfYear(db, 2025));
    expect(data.fees.length).toBeGreaterThan(0);
    expect(data.overdue).toEqual(await unpaidFeesUpTo(db, 2026));
    expect(data.overdue.every((f) => !f.paidOn && !f.deletedAt && f.year <= 2026)).toBe(true);
    expect(data.years).toEqual(await feeYears(db));
    expect(data.years).toEqual([2025, 2026]);
  });
});
