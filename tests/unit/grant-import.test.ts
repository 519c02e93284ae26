import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addAttachment,
  applyExpenseImport,
  attachmentBytes,
  attachmentsOfGrant,
  expensesOfGrant,
  readDataset,
  Repository,
  restoreAttachment,
  TalkootDb,
  trashAttachment,
  type Clock,
} from '../../src/core/db';
import { parseDataFile, serializeDataFile } from '../../src/core/dataFile';
import {
  base64ToBytes,
  bytesToBase64,
  checkAttachment,
  formatAttachmentError,
  formatFileSize,
  MAX_ATTACHMENT_BYTES,
} from '../../src/core/grants';
import { messageIfKnown } from '../../src/core/i18n';
import {
  cellToText,
  decodeText,
  expenseImportFields,
  formatExpenseImportErrors,
  guessExpenseMapping,
  parseCsv,
  prepareExpenseImport,
  type ExpenseImportOptions,
} from '../../src/core/import';
import type { Grant, GrantBudgetLine } from '../../src/core/schemas';

const fixtures = resolve(import.meta.dirname, '../fixtures/expenses');
const GRANT = '00000000-0000-4000-8000-00000000a001';
const RENT = '00000000-0000-4000-8000-00000000b001';
const COFFEE = '00000000-0000-4000-8000-00000000b002';
const base = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const grant = {
  id: GRANT,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  deletedAt: null,
} as Pick<Grant, 'id' | 'periodStart' | 'periodEnd' | 'deletedAt'>;
const lines = [
  { ...base, id: RENT, grantId: GRANT, name: 'Vuokrat', budgetCents: 500000, deletedAt: null },
  { ...base, id: COFFEE, grantId: GRANT, name: 'Kahvit', budgetCents: 20000, deletedAt: null },
] as GrantBudgetLine[];

function options(extra: Partial<ExpenseImportOptions> = {}): ExpenseImportOptions {
  let n = 0;
  return {
    grant,
    budgetLines: lines,
    today: '2026-11-30',
    now: '2026-11-30T10:00:00.000Z',
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    ...extra,
  };
}

const read = (name: string) => parseCsv(decodeText(readFileSync(join(fixtures, name))).text);

describe('prepareExpenseImport over Finnish bank statements', () => {
  it.each([
    'statement-utf8bom-semicolon.csv',
    'statement-cp1252-semicolon.csv',
    'statement-utf8-tab.csv',
  ])('%s: outgoing payments flipped to expenses, refund negative', (name) => {
    const rows = read(name);
    const mapping = guessExpenseMapping(rows[0]!);
    expect(mapping).toEqual({ date: 0, amount: 1, payee: 2, receiptRef: 3, note: 4 });
    const preview = prepareExpenseImport(
      rows,
      mapping,
      options({ budgetLineId: COFFEE, outgoingNegative: true }),
    );
    expect(preview.errors).toEqual([]);
    expect(preview.canImport).toBe(true);
    expect(
      preview.expenses.map((e) => [e.date, e.amountCents, e.payee, e.receiptRef, e.note]),
    ).toEqual([
      ['2026-03-01', 125050, 'Kylätalo ry', 'RF18 5390 0754 7034', 'Vuokra maaliskuu'],
      ['2026-03-02', 4590, 'Kahvila Äijä & Öljy', '1234', 'Kahvit; talkoot'],
      ['2026-03-15', 125050, 'Tarvike €uro Oy', undefined, 'Maalit "ulko"'],
      ['2026-03-20', -2000, 'Kahvila Äijä & Öljy', '1234', 'Palautus'],
    ]);
    expect(preview.expenses.every((e) => e.budgetLineId === COFFEE && e.grantId === GRANT)).toBe(
      true,
    );
    expect(preview.totalCents).toBe(125050 + 4590 + 125050 - 2000);
  });

  it('decodes the Windows-1252 file (€ is 0x80, not U+0080)', () => {
    const { text, encoding } = decodeText(
      readFileSync(join(fixtures, 'statement-cp1252-semicolon.csv')),
    );
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Tarvike €uro Oy');
    expect(text).not.toContain('\u0080');
  });

  it('without the flip, the signs stay as in the file', () => {
    const rows = read('statement-utf8bom-semicolon.csv');
    const preview = prepareExpenseImport(
      rows,
      guessExpenseMapping(rows[0]!),
      options({ budgetLineId: RENT }),
    );
    expect(preview.expenses.map((e) => e.amountCents)).toEqual([-125050, -4590, -125050, 2000]);
  });
});

describe('prepareExpenseImport over a spreadsheet', () => {
  const rows = read('expenses-utf8-comma.csv');
  const mapping = guessExpenseMapping(rows[0]!);

  it('matches budget lines by name, case-insensitively; skips blank rows', () => {
    expect(mapping).toEqual({
      date: 0,
      amount: 1,
      budgetLine: 2,
      payee: 3,
      receiptRef: 4,
      note: 5,
    });
    const preview = prepareExpenseImport(rows, mapping, options());
    expect(preview.canImport).toBe(true);
    expect(preview.expenses.map((e) => e.budgetLineId)).toEqual([RENT, COFFEE, COFFEE]);
    expect(preview.blankRows).toEqual([4]);
  });

  it('flags an expense outside the grant period, keeps it, is not an error', () => {
    const preview = prepareExpenseImport(rows, mapping, options());
    expect(preview.outsidePeriodRows).toEqual([5]);
    expect(preview.rows.find((r) => r.row === 5)!.expense!.date).toBe('2027-01-15');
    expect(preview.expenses).toHaveLength(3);
  });

  it('a chosen budget line wins over the column', () => {
    const preview = prepareExpenseImport(rows, mapping, options({ budgetLineId: RENT }));
    expect(preview.expenses.every((e) => e.budgetLineId === RENT)).toBe(true);
  });

  it('reads cells as read-excel-file gives them (dates, numbers)', () => {
    const xlsxRows = [
      ['Päivämäärä', 'Summa', 'Budjettirivi'],
      [cellToText(new Date(Date.UTC(2026, 2, 1))), cellToText(-1250.5), cellToText('Vuokrat')],
    ];
    const preview = prepareExpenseImport(
      xlsxRows,
      guessExpenseMapping(xlsxRows[0]!),
      options({ outgoingNegative: true }),
    );
    expect(preview.expenses.map((e) => [e.date, e.amountCents])).toEqual([['2026-03-01', 125050]]);
  });
});

describe('prepareExpenseImport errors', () => {
  const header = ['Päivämäärä', 'Summa', 'Budjettirivi', 'Saaja'];
  const mapping = guessExpenseMapping(header);

  it('every bad value by row and field, in the user language; nothing importable', () => {
    const preview = prepareExpenseImport(
      [
        header,
        ['31.2.2026', '12,50', 'Vuokrat', 'A'],
        ['1.3.2026', '12,5x', 'Vuokrat', 'B'],
        ['1.3.2026', '1,250', 'Vuokrat', 'C'],
        ['1.3.2026', '10,00', 'Matkat', 'D'],
        ['', '0', '', 'E'],
        ['2.3.2026', '5,00', 'Kahvit', 'x'.repeat(201)],
        ['3.3.2026', '5,00', 'kahvit', 'F'],
      ],
      mapping,
      options(),
    );
    expect(preview.canImport).toBe(false);
    expect(preview.expenses).toEqual([]);
    expect(preview.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'date', 'invalidDate'],
      [3, 'amount', 'invalidAmount'],
      [4, 'amount', 'invalidAmount'],
      [5, 'budgetLine', 'unknownBudgetLine'],
      [6, 'date', 'required'],
      [6, 'amount', 'zeroAmount'],
      [6, 'budgetLine', 'required'],
      [7, 'payee', 'tooLong'],
    ]);
    expect(formatExpenseImportErrors(preview, 'fi')[0]).toBe(
      'Rivi 2, Päivämäärä (sarake A): ”31.2.2026” ei ole päivämäärä (esim. 1.3.2026).',
    );
    expect(formatExpenseImportErrors(preview, 'en')[3]).toBe(
      'Row 5, Budget line (column C): The grant has no budget line “Matkat”.',
    );
    expect(formatExpenseImportErrors(preview, 'sv')[2]).toContain('Rad 4, Belopp (kolumn B)');
  });

  it('file errors: no date or amount column, no budget line, no rows', () => {
    const preview = prepareExpenseImport([['Saaja'], ['A']], { payee: 0 }, options());
    expect(preview.fileErrors.map((e) => e.code)).toEqual([
      'noDateColumn',
      'noAmountColumn',
      'noBudgetLine',
    ]);
    expect(prepareExpenseImport([header], mapping, options()).fileErrors).toEqual([
      { code: 'noRows' },
    ]);
    const trashed = lines.map((l) => ({ ...l, deletedAt: '2026-02-01T00:00:00.000Z' }));
    const gone = prepareExpenseImport(
      [header, ['1.3.2026', '1', 'Vuokrat', '']],
      mapping,
      options({ budgetLines: trashed }),
    );
    expect(gone.errors.map((e) => e.code)).toEqual(['unknownBudgetLine']);
  });

  it('two budget lines with the same name are ambiguous', () => {
    const twice = [...lines, { ...lines[0]!, id: '00000000-0000-4000-8000-00000000b003' }];
    const preview = prepareExpenseImport(
      [header, ['1.3.2026', '1', 'VUOKRAT', '']],
      mapping,
      options({ budgetLines: twice }),
    );
    expect(preview.errors.map((e) => e.code)).toEqual(['ambiguousBudgetLine']);
  });

  it('has a message for every error code, field and refusal in every language', () => {
    const codes = [
      'required',
      'invalidDate',
      'invalidAmount',
      'zeroAmount',
      'unknownBudgetLine',
      'ambiguousBudgetLine',
      'tooLong',
      'invalid',
      'noRows',
      'noDateColumn',
      'noAmountColumn',
      'noBudgetLine',
      'grantNotFound',
    ];
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const c of codes) expect(messageIfKnown(lang, `grantImport.errors.${c}`)).toBeDefined();
      for (const f of expenseImportFields) {
        expect(messageIfKnown(lang, `grantImport.fields.${f}`)).toBeDefined();
      }
      for (const c of ['empty', 'tooLarge', 'unsupportedType', 'nameTooLong', 'grantNotFound']) {
        expect(messageIfKnown(lang, `grantImport.attachmentErrors.${c}`)).toBeDefined();
      }
      for (const c of ['grantNotFound', 'budgetLineNotFound', 'previewHasErrors']) {
        expect(messageIfKnown(lang, `grantImport.refusals.${c}`)).toBeDefined();
      }
    }
  });
});

describe('checkAttachment', () => {
  const ok = (name: string, mimeType = '', size = 1000) =>
    checkAttachment({ name, mimeType, size });
  it('accepts PDF, images, office documents and text, by extension or MIME type', () => {
    expect(ok('päätös.pdf', 'application/pdf')).toEqual({ ok: true, mimeType: 'application/pdf' });
    expect(ok('kuitti.JPG')).toEqual({ ok: true, mimeType: 'image/jpeg' });
    expect(ok('scan.png', 'image/png')).toMatchObject({ ok: true });
    for (const ext of ['docx', 'xlsx', 'odt', 'ods', 'doc', 'xls', 'txt']) {
      expect(ok(`pöytäkirja.${ext}`, 'application/octet-stream')).toMatchObject({ ok: true });
    }
    expect(ok('skannaus', 'application/pdf')).toEqual({ ok: true, mimeType: 'application/pdf' });
  });
  it('refuses other types, empty files and files over the limit, with a code', () => {
    expect(ok('ohjelma.exe', 'application/x-msdownload')).toMatchObject({
      ok: false,
      code: 'unsupportedType',
    });
    expect(ok('ohjelma.exe', 'application/pdf')).toMatchObject({ code: 'unsupportedType' });
    expect(ok('kuva.heic', 'image/heic')).toMatchObject({ code: 'unsupportedType' });
    expect(ok('nimeton', '')).toMatchObject({ code: 'unsupportedType' });
    expect(ok('tyhjä.pdf', 'application/pdf', 0)).toMatchObject({ code: 'empty' });
    expect(ok('iso.pdf', 'application/pdf', MAX_ATTACHMENT_BYTES)).toMatchObject({ ok: true });
    expect(ok('iso.pdf', 'application/pdf', MAX_ATTACHMENT_BYTES + 1)).toEqual({
      ok: false,
      code: 'tooLarge',
      params: { file: 'iso.pdf', maxMb: 10 },
    });
    expect(ok(`${'a'.repeat(300)}.pdf`)).toMatchObject({ code: 'nameTooLong' });
    const refused = ok('iso.pdf', 'application/pdf', MAX_ATTACHMENT_BYTES + 1);
    expect(refused.ok ? '' : formatAttachmentError(refused, 'fi')).toBe(
      'Tiedosto iso.pdf on liian suuri: liite voi olla enintään 10 Mt. Mitään ei tallennettu.',
    );
    expect(formatAttachmentError({ code: 'grantNotFound' }, 'en')).toBe(
      'The grant is not found. Nothing was saved.',
    );
  });
  it('base64 round trip and sizes', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(formatFileSize(1500, 'fi')).toBe('2 kt');
    expect(formatFileSize(1.5 * 1024 * 1024, 'fi')).toBe('1,5 Mt');
    expect(formatFileSize(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
  });
});

const opened: TalkootDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
let tick = 0;
const clock: Clock = () => new Date(Date.UTC(2026, 0, 1, 8, 0, tick++));

async function seed() {
  const db = new TalkootDb(`grant-import-${crypto.randomUUID()}`);
  opened.push(db);
  const funder = await new Repository(db, 'funders', clock).create({ name: 'S', type: 'parish' });
  await new Repository(db, 'grants', clock).create({
    id: GRANT,
    funderId: funder.id,
    name: 'Kyläjuhla',
    status: 'granted',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
  });
  for (const l of lines) {
    const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = l;
    await new Repository(db, 'grantBudgetLines', clock).create(input);
  }
  return db;
}

describe('applyExpenseImport', () => {
  const rows = read('expenses-utf8-comma.csv');
  const mapping = guessExpenseMapping(rows[0]!);

  it('writes every expense in one transaction', async () => {
    const db = await seed();
    const preview = prepareExpenseImport(rows, mapping, options());
    expect(await applyExpenseImport(db, preview)).toEqual({
      ok: true,
      count: 3,
      totalCents: 125050 + 4590 + 1200,
    });
    const stored = await expensesOfGrant(db, GRANT);
    expect(stored.map((e) => e.amountCents).sort((a, b) => a - b)).toEqual([1200, 4590, 125050]);
  });

  it('writes nothing for a preview with errors', async () => {
    const db = await seed();
    const preview = prepareExpenseImport([rows[0]!, ['x', '1', 'Vuokrat']], mapping, options());
    expect(await applyExpenseImport(db, preview)).toEqual({
      ok: false,
      code: 'previewHasErrors',
    });
    expect(await db.tableOf('grantExpenses').count()).toBe(0);
  });

  it('writes nothing when a budget line went to the trash after the preview', async () => {
    const db = await seed();
    const preview = prepareExpenseImport(rows, mapping, options());
    await new Repository(db, 'grantBudgetLines', clock).softDelete(COFFEE);
    expect(await applyExpenseImport(db, preview)).toMatchObject({
      ok: false,
      code: 'budgetLineNotFound',
    });
    expect(await db.tableOf('grantExpenses').count()).toBe(0);
  });

  it('all or nothing: a failing row rolls back the ones before it', async () => {
    const db = await seed();
    const preview = prepareExpenseImport(rows, mapping, options());
    // The last expense's id is already taken: bulkAdd fails and nothing stays.
    const last = preview.expenses[2]!;
    await db.tableOf('grantExpenses').add({ ...last, amountCents: 1 });
    await expect(applyExpenseImport(db, preview)).rejects.toThrow();
    expect(await db.tableOf('grantExpenses').count()).toBe(1);
  });
});

describe('attachments', () => {
  const pdf = new TextEncoder().encode('%PDF-1.4\n% äö €\n');

  it('adds, lists without bytes, gives the bytes back, trashes and restores', async () => {
    const db = await seed();
    const added = await addAttachment(
      db,
      GRANT,
      { name: 'Päätös.pdf', mimeType: 'application/pdf', bytes: pdf },
      'decision',
      clock,
    );
    expect(added).toMatchObject({ ok: true, attachment: { name: 'Päätös.pdf', kind: 'decision' } });
    const id = added.ok ? added.attachment.id : '';
    const listed = await attachmentsOfGrant(db, GRANT);
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty('dataBase64');
    expect(listed[0]!.size).toBe(pdf.length);
    expect((await attachmentBytes(db, id))!.bytes).toEqual(pdf);
    await trashAttachment(db, id, clock);
    expect(await attachmentsOfGrant(db, GRANT)).toEqual([]);
    await restoreAttachment(db, id, clock);
    expect(await attachmentsOfGrant(db, GRANT)).toHaveLength(1);
  });

  it('saves nothing for a file over the limit, of another type, or of no grant', async () => {
    const db = await seed();
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    expect(
      await addAttachment(db, GRANT, { name: 'iso.pdf', mimeType: '', bytes: big }, 'receipt'),
    ).toMatchObject({ ok: false, code: 'tooLarge' });
    expect(
      await addAttachment(db, GRANT, { name: 'a.exe', mimeType: '', bytes: pdf }, 'other'),
    ).toMatchObject({ ok: false, code: 'unsupportedType' });
    expect(
      await addAttachment(
        db,
        '00000000-0000-4000-8000-0000000000ff',
        { name: 'a.pdf', mimeType: '', bytes: pdf },
        'other',
      ),
    ).toMatchObject({ ok: false, code: 'grantNotFound' });
    expect(await db.tableOf('attachments').count()).toBe(0);
  });

  it('an attachment’s bytes are identical after serializeDataFile → parseDataFile', async () => {
    const db = await seed();
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7 + 3) % 256);
    await addAttachment(db, GRANT, { name: 'kuva.png', mimeType: 'image/png', bytes }, 'receipt');
    const text = serializeDataFile(await readDataset(db), {
      exportedAt: '2026-11-30T10:00:00.000Z',
    });
    const parsed = parseDataFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [attachment] = parsed.file.dataset.attachments;
    expect(base64ToBytes(attachment!.dataBase64)).toEqual(bytes);
  });
});
