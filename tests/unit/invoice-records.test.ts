import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TalkootDb, recordInvoices, replaceDataset, type Clock } from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import { feesToInvoice } from '../../src/core/invoices';

const demo = generateDemoDataset({ seed: 3, today: '2026-11-22' });
const clock: Clock = () => new Date('2026-12-01T09:30:00.000Z');
let db: TalkootDb;

beforeEach(async () => {
  db = new TalkootDb(`invoice-records-${crypto.randomUUID()}`);
  await db.open();
  await replaceDataset(db, demo);
});
afterEach(async () => {
  await db.delete();
});

describe('recordInvoices: the fees remember their invoices and reminders', () => {
  it('records the invoice date and due date, so the next run leaves them out', async () => {
    const fees = feesToInvoice(demo.fees, { kind: 'invoice', today: '2026-12-01', onlyNew: true });
    const ids = fees.slice(0, 3).map((f) => f.id);
    await recordInvoices(
      db,
      ids,
      { kind: 'invoice', issuedOn: '2026-12-01', dueOn: '2026-12-15' },
      clock,
    );
    const after = await db.tableOf('fees').toArray();
    for (const id of ids) {
      expect(after.find((f) => f.id === id)).toMatchObject({
        invoicedOn: '2026-12-01',
        dueOn: '2026-12-15',
        updatedAt: '2026-12-01T09:30:00.000Z',
      });
    }
    const next = feesToInvoice(after, { kind: 'invoice', today: '2026-12-01', onlyNew: true });
    expect(next.map((f) => f.id)).not.toContain(ids[0]);
    expect(next).toHaveLength(fees.length - 3);
  });

  it('records a reminder without moving the first due date', async () => {
    const fee = demo.fees.find((f) => !f.paidOn && f.dueOn)!;
    await recordInvoices(
      db,
      [fee.id],
      { kind: 'reminder', issuedOn: '2026-12-01', dueOn: '2026-12-20' },
      clock,
    );
    expect(await db.tableOf('fees').get(fee.id)).toMatchObject({
      dueOn: fee.dueOn,
      remindedOn: '2026-12-01',
      reminderDueOn: '2026-12-20',
    });
  });

  it('writes all or nothing: one unknown fee and no fee changes', async () => {
    const before = await db.tableOf('fees').toArray();
    const ids = [before[0]!.id, 'no-such-fee'];
    await expect(
      recordInvoices(
        db,
        ids,
        { kind: 'invoice', issuedOn: '2026-12-01', dueOn: '2026-12-15' },
        clock,
      ),
    ).rejects.toThrow();
    expect(await db.tableOf('fees').toArray()).toEqual(before);
  });
});
