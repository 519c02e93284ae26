import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  TalkootDb,
  markFeesUnpaid,
  markStatementPayments,
  replaceDataset,
} from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import { parseCsv } from '../../src/core/import';
import { guessStatementMapping, matchStatement, rfFromDomestic } from '../../src/core/invoices';
import { formatReferenceNumber } from '../../src/core/validators/referenceNumber';

const demo = generateDemoDataset({ seed: 7, today: '2026-11-22' });
const unpaid = demo.fees.filter(
  (f) => !f.deletedAt && !f.paidOn && f.reference && f.amountCents > 0,
);
const paid = demo.fees.find((f) => !f.deletedAt && f.paidOn && f.reference)!;
const [a, b, c] = unpaid;
const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/** A Finnish bank's CSV export: semicolons, Finnish dates and amounts, outgoing payments negative. */
const statement = [
  'Kirjauspäivä;Arvopäivä;Määrä EUR;Saaja/Maksaja;Viite;Viesti',
  `2.12.2026;2.12.2026;${euros(a!.amountCents)};Maksaja Yksi;${formatReferenceNumber(a!.reference!)};`,
  // The RF form of b's reference: the same fee.
  `3.12.2026;3.12.2026;${euros(b!.amountCents)};Maksaja Kaksi;${rfFromDomestic(b!.reference!)};`,
  `3.12.2026;3.12.2026;${euros(c!.amountCents - 500)};Maksaja Kolme;${c!.reference};`,
  `4.12.2026;4.12.2026;25,00;Tuntematon;12345672;`,
  `4.12.2026;4.12.2026;-120,00;Vuokranantaja;;Vuokra`,
  `5.12.2026;5.12.2026;${euros(a!.amountCents)};Maksaja Yksi;${a!.reference};toinen kerta`,
  `5.12.2026;5.12.2026;${euros(paid.amountCents)};Maksaja Neljä;${paid.reference};`,
  ';;;;;',
].join('\n');

describe('matchStatement: bank payments to fees by exact reference and amount', () => {
  const rows = parseCsv(statement);
  const mapping = guessStatementMapping(rows[0]!);

  it("guesses a Finnish bank export's columns", () => {
    expect(mapping).toEqual({ date: 0, amount: 2, reference: 4, payer: 3 });
  });

  it('marks exact matches (either reference form) and lists the rest, changing nothing for them', () => {
    const preview = matchStatement(rows, mapping, demo);
    expect(preview.canImport).toBe(true);
    expect(preview.payments).toEqual([
      { feeId: a!.id, paidOn: '2026-12-02', row: 2 },
      { feeId: b!.id, paidOn: '2026-12-03', row: 3 },
    ]);
    expect(preview.rows.map((r) => r.outcome)).toEqual([
      'paid',
      'paid',
      'wrongAmount',
      'noMatch',
      'outgoing',
      'duplicate',
      'alreadyPaid',
    ]);
    expect(preview.counts).toMatchObject({ paid: 2, wrongAmount: 1, noMatch: 1, outgoing: 1 });
    expect(preview.unchanged).toBe(4);
    const wrong = preview.rows[2]!;
    expect(wrong).toMatchObject({ feeId: c!.id, feeCents: c!.amountCents });
  });

  it('refuses the whole file for one unreadable amount or date, or a missing column', () => {
    const bad = parseCsv(
      statement
        .replace('Maksaja Kaksi', 'x')
        .replace(euros(b!.amountCents) + ';x', 'kaksikymmentä;x'),
    );
    const preview = matchStatement(bad, mapping, demo);
    expect(preview.canImport).toBe(false);
    expect(preview.payments).toEqual([]);
    expect(preview.errors).toEqual([
      { row: 3, field: 'amount', code: 'invalidAmount', value: 'kaksikymmentä' },
    ]);
    const noDate = matchStatement(
      parseCsv(statement.replace('2.12.2026;2.12', '32.12.2026;2.12')),
      mapping,
      demo,
    );
    expect(noDate.errors[0]).toMatchObject({ row: 2, code: 'invalidDate' });
    const { reference: _r, ...withoutReference } = mapping;
    expect(matchStatement(rows, withoutReference, demo).errors).toEqual([
      { code: 'noReferenceColumn', field: 'reference' },
    ]);
    expect(matchStatement([rows[0]!], mapping, demo).errors).toEqual([{ code: 'noRows' }]);
  });
});

describe('markStatementPayments', () => {
  let db: TalkootDb;
  beforeEach(async () => {
    db = new TalkootDb(`statement-${crypto.randomUUID()}`);
    await db.open();
    await replaceDataset(db, demo);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('marks each fee paid on its own day in one go, and undo brings them back unpaid', async () => {
    const preview = matchStatement(parseCsv(statement), { date: 0, amount: 2, reference: 4 }, demo);
    const changed = await markStatementPayments(db, preview.payments);
    expect(changed.map((f) => [f.id, f.paidOn])).toEqual([
      [a!.id, '2026-12-02'],
      [b!.id, '2026-12-03'],
    ]);
    expect((await db.tableOf('fees').get(c!.id))!.paidOn).toBeUndefined();
    await markFeesUnpaid(
      db,
      changed.map((f) => f.id),
    );
    expect((await db.tableOf('fees').get(a!.id))!.paidOn).toBeUndefined();
    expect((await db.tableOf('fees').get(b!.id))!.paidOn).toBeUndefined();
  });
});
