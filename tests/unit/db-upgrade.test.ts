import { afterEach, describe, expect, it } from 'vitest';
import {
  readDataset,
  Repository,
  rollupTableNames,
  schemaHistory,
  TalkootDb,
  type Clock,
  type SchemaVersion,
} from '../../src/core/db';
import { volunteerRollupsOf } from '../../src/core/figures';
import { isCalendarDate, tableNames, tableSchemas, type HourEntry } from '../../src/core/schemas';

const clock: Clock = () => new Date('2026-11-22T08:00:00.000Z');
const v1 = schemaHistory[0]!;

const opened: TalkootDb[] = [];
/** A database with a name no other test uses, closed and deleted after the test. */
function openDb(name: string, history: readonly SchemaVersion[] = schemaHistory): TalkootDb {
  const db = new TalkootDb(name, history);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('the upgrade pattern: seed an old version, open a newer one', () => {
  /**
   * A test-only version 2, written the way a real one must be: a dated note,
   * the complete stores, a new index, and an upgrade that rewrites old rows.
   */
  const v2: SchemaVersion = {
    version: 2,
    note: '2099-01-01: test only: people get a sortName ("Surname Firstnames") index',
    stores: { ...v1.stores, people: `${v1.stores.people}, sortName` },
    upgrade: async (tx) => {
      await tx
        .table('people')
        .toCollection()
        .modify((p: { fullName: string; sortName?: string }) => {
          const parts = p.fullName.trim().split(/\s+/);
          const last = parts.pop()!;
          p.sortName = [last, ...parts].join(' ');
        });
    },
  };

  it('runs the upgrade on existing rows and the new index answers queries', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;

    const old = new TalkootDb(name, [v1]);
    const people = new Repository(old, 'people', clock);
    const aino = await people.create({ fullName: 'Aino Marjatta Öhman', homeMunicipality: 'Oulu' });
    await people.create({ fullName: 'Bertil Åkerblom', homeMunicipality: 'Vaasa' });
    await people.create({ fullName: 'Cecilia Ahonen', homeMunicipality: 'Kemi' });
    const hours = new Repository(old, 'hours', clock);
    await hours.create({ personId: aino.id, date: '2026-05-01', minutes: 60, kind: 'board' });
    expect(old.verno).toBe(1);
    old.close();

    const db = openDb(name, [v1, v2]);
    await db.open();
    expect(db.verno).toBe(2);

    const rows = await db.tableOf('people').toArray();
    expect(rows).toHaveLength(3);
    const aUpgraded = rows.find((r) => r.id === aino.id) as Record<string, unknown>;
    expect(aUpgraded.sortName).toBe('Öhman Aino Marjatta');
    // Everything else in the row is untouched.
    expect({ ...aUpgraded, sortName: undefined }).toEqual({ ...aino, sortName: undefined });

    const sorted = await db.tableOf('people').orderBy('sortName').toArray();
    expect(sorted.map((p) => (p as Record<string, unknown>).sortName)).toEqual([
      'Ahonen Cecilia',
      'Åkerblom Bertil',
      'Öhman Aino Marjatta',
    ]);
    const exact = await db.tableOf('people').where('sortName').equals('Åkerblom Bertil').toArray();
    expect(exact.map((p) => p.fullName)).toEqual(['Bertil Åkerblom']);

    // Other tables came through unchanged, and every row still passes its schema.
    expect(await db.tableOf('hours').count()).toBe(1);
    const data = await readDataset(db);
    for (const t of tableNames) {
      for (const r of data[t]) expect(tableSchemas[t].safeParse(r).success).toBe(true);
    }
  });

  it('does not run the upgrade on a database created at the new version', async () => {
    let ran = 0;
    const counted: SchemaVersion = { ...v2, upgrade: () => void ran++ };
    const db = openDb(`fresh-${crypto.randomUUID()}`, [v1, counted]);
    await db.open();
    expect(ran).toBe(0);
    expect(db.verno).toBe(2);
  });

  it('a failing upgrade leaves the old version and its rows as they were', async () => {
    const name = `failing-${crypto.randomUUID()}`;
    const old = new TalkootDb(name, [v1]);
    await new Repository(old, 'people', clock).create({ fullName: 'A B', homeMunicipality: 'C' });
    old.close();

    const broken: SchemaVersion = {
      ...v2,
      upgrade: async (tx) => {
        await tx
          .table('people')
          .toCollection()
          .modify((p: { sortName?: string }) => {
            p.sortName = 'half done';
          });
        throw new Error('upgrade bug');
      },
    };
    const db = new TalkootDb(name, [v1, broken]);
    await expect(db.open()).rejects.toThrow(/upgrade bug/);
    db.close();

    const again = openDb(name, [v1]);
    await again.open();
    expect(again.verno).toBe(1);
    const rows = await again.tableOf('people').toArray();
    expect(rows).toHaveLength(1);
    expect((rows[0] as Record<string, unknown>).sortName).toBeUndefined();
  });
});

describe('the real schema history', () => {
  it('has strictly increasing versions, each with a dated note', () => {
    expect(schemaHistory.length).toBeGreaterThan(0);
    schemaHistory.forEach((v, i) => {
      if (i > 0) expect(v.version).toBeGreaterThan(schemaHistory[i - 1]!.version);
      const date = /^(\d{4}-\d{2}-\d{2}): \S/.exec(v.note);
      expect(date, `version ${v.version} note: ${v.note}`).not.toBeNull();
      expect(isCalendarDate(date![1]!)).toBe(true);
    });
    // Dates follow the versions: a later version is never dated earlier.
    const dates = schemaHistory.map((v) => v.note.slice(0, 10));
    expect([...dates].sort()).toEqual(dates);
  });

  it('has upgrade functions only on later versions (version 1 has no old rows)', () => {
    expect(schemaHistory[0]!.upgrade).toBeUndefined();
  });

  it('declares a store for every table, with id as the primary key', async () => {
    const db = openDb(`stores-${crypto.randomUUID()}`);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [...tableNames, ...rollupTableNames].sort(),
    );
    for (const t of db.tables) expect(t.schema.primKey.keyPath).toBe('id');
    const hourIndexes = db.tableOf('hours').schema.indexes.map((i) => i.name);
    expect(hourIndexes).toEqual(
      expect.arrayContaining(['[personId+date]', '[activityId+date]', '[grantId+date]', 'date']),
    );
  });

  it('an older database opened with the current history keeps every row', async () => {
    const name = `current-${crypto.randomUUID()}`;
    const old = new TalkootDb(name, [v1]);
    const p = await new Repository(old, 'people', clock).create({
      fullName: 'Åsa Öst',
      homeMunicipality: 'Närpes',
    });
    const before = await readDataset(old);
    old.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(schemaHistory.at(-1)!.version);
    const after = await readDataset(db);
    expect(after.people.map((r) => r.id)).toEqual([p.id]);
    for (const t of tableNames) {
      for (const r of after[t]) expect(tableSchemas[t].safeParse(r).success).toBe(true);
    }
    if (schemaHistory.length === 1) expect(after).toEqual(before);
  });
});

describe('version 3: grant arrays become records of their own', () => {
  const v2 = schemaHistory.find((v) => v.version === 2)!;
  const historyTo2 = schemaHistory.filter((v) => v.version <= 2);

  it("moves each grant's budget lines, expenses, checklist and paidCents into the new tables", async () => {
    const name = `grants-v3-${crypto.randomUUID()}`;
    expect(v2).toBeDefined();
    const old = new TalkootDb(name, historyTo2);
    const grantId = crypto.randomUUID();
    const lineA = crypto.randomUUID();
    const lineB = crypto.randomUUID();
    const attachmentId = crypto.randomUUID();
    const stamp = '2026-02-01T10:00:00.000Z';
    const base = { createdAt: stamp, updatedAt: stamp, deletedAt: null };
    await old
      .table('funders')
      .add({ ...base, id: crypto.randomUUID(), name: 'Kaupunki', type: 'municipality' });
    await old.table('grants').add({
      ...base,
      id: grantId,
      funderId: crypto.randomUUID(),
      name: 'Toiminta-avustus',
      status: 'granted',
      grantedCents: 300_000,
      paidCents: 300_000,
      decisionDate: '2026-02-20',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      ownField: 'kept',
      budgetLines: [
        { id: lineA, name: 'Tilavuokrat', budgetCents: 200_000 },
        { id: lineB, name: 'Tarjoilut', budgetCents: 100_000 },
      ],
      expenses: [
        {
          id: crypto.randomUUID(),
          date: '2026-03-01',
          amountCents: 12_345,
          budgetLineId: lineA,
          description: 'Maaliskuu',
          receiptRef: 'T1',
        },
        {
          id: crypto.randomUUID(),
          date: '2026-04-01',
          amountCents: 6_789,
          budgetLineId: lineB,
          description: '',
        },
      ],
      attachments: [
        {
          id: attachmentId,
          name: 'paatos.pdf',
          mimeType: 'application/pdf',
          size: 4,
          addedAt: stamp,
        },
      ],
      checklist: [{ id: crypto.randomUUID(), label: 'Tilinpäätös', done: true }],
    });
    await old.table('attachments').add({
      ...base,
      id: attachmentId,
      grantId,
      name: 'paatos.pdf',
      mimeType: 'application/pdf',
      dataBase64: 'AAAAAA==',
    });
    expect(old.verno).toBe(2);
    old.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(schemaHistory.at(-1)!.version);

    const grant = (await db.tableOf('grants').get(grantId)) as Record<string, unknown>;
    for (const gone of ['budgetLines', 'expenses', 'attachments', 'checklist', 'paidCents']) {
      expect(grant).not.toHaveProperty(gone);
    }
    expect(grant.ownField).toBe('kept');

    const lines = (
      await db.tableOf('grantBudgetLines').where('grantId').equals(grantId).toArray()
    ).sort((a, b) => a.position! - b.position!);
    expect(lines.map((l) => [l.id, l.name, l.budgetCents, l.position])).toEqual([
      [lineA, 'Tilavuokrat', 200_000, 0],
      [lineB, 'Tarjoilut', 100_000, 1],
    ]);
    const expenses = await db
      .tableOf('grantExpenses')
      .where('[grantId+date]')
      .between([grantId, '2026-01-01'], [grantId, '2026-12-31'], true, true)
      .toArray();
    expect(expenses.map((e) => [e.budgetLineId, e.amountCents, e.note, e.receiptRef])).toEqual([
      [lineA, 12_345, 'Maaliskuu', 'T1'],
      [lineB, 6_789, undefined, undefined],
    ]);
    expect(await db.tableOf('grantExpenses').where('budgetLineId').equals(lineB).count()).toBe(1);
    const payments = await db.tableOf('grantPayments').toArray();
    expect(payments.map((p) => [p.grantId, p.date, p.amountCents])).toEqual([
      [grantId, '2026-02-20', 300_000],
    ]);
    const checklist = await db.tableOf('grantChecklistItems').toArray();
    expect(checklist.map((c) => [c.grantId, c.label, c.done])).toEqual([
      [grantId, 'Tilinpäätös', true],
    ]);
    const statuses = await db.tableOf('grantStatusChanges').toArray();
    expect(statuses.map((s) => [s.grantId, s.status, s.date])).toEqual([
      [grantId, 'granted', '2026-02-20'],
    ]);
    const attachment = await db.tableOf('attachments').get(attachmentId);
    expect(attachment).toMatchObject({ size: 4, addedAt: stamp, dataBase64: 'AAAAAA==' });

    // Every row passes its schema after the upgrade.
    const data = await readDataset(db);
    for (const t of tableNames) {
      for (const r of data[t]) expect(tableSchemas[t].safeParse(r).success, t).toBe(true);
    }
  });
});

describe('version 4: officials, and report texts per language', () => {
  const historyTo3 = schemaHistory.filter((v) => v.version <= 3);

  it('moves the flat report texts under Finnish, keeps the rest, and opens the officials table', async () => {
    const name = `texts-v4-${crypto.randomUUID()}`;
    const old = new TalkootDb(name, historyTo3);
    const stamp = '2026-02-01T10:00:00.000Z';
    const id = crypto.randomUUID();
    await old.table('profile').add({
      id,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      name: 'Vanha yhdistys ry',
      homeMunicipality: 'Kemi',
      chairName: 'Paula Puheenjohtaja',
      reportTexts: { whatWeDo: 'Teemme', annualHighlights: 'Kohokohta', ownText: 'kept' },
      ownField: 'kept',
    });
    expect(old.verno).toBe(3);
    old.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(schemaHistory.at(-1)!.version);
    const profile = (await db.tableOf('profile').get(id)) as Record<string, unknown>;
    expect(profile.reportTexts).toEqual({
      ownText: 'kept',
      fi: { whatWeDo: 'Teemme', annualHighlights: 'Kohokohta' },
    });
    expect(profile).toMatchObject({ ownField: 'kept', chairName: 'Paula Puheenjohtaja' });

    // The new table answers by person.
    const personId = crypto.randomUUID();
    await new Repository(db, 'officials', clock).create({
      personId,
      role: 'treasurer',
      termStart: '2026-01-01',
      consentToPublishName: false,
    });
    expect(await db.tableOf('officials').where('personId').equals(personId).count()).toBe(1);
    const data = await readDataset(db);
    for (const t of tableNames) {
      for (const r of data[t]) expect(tableSchemas[t].safeParse(r).success, t).toBe(true);
    }
  });
});

describe('version 5: feedback forms, tallies and indicator values', () => {
  const historyTo4 = schemaHistory.filter((v) => v.version <= 4);

  it('keeps the rows of version 4 and opens the new tables with the indexes their reads use', async () => {
    const name = `feedback-v5-${crypto.randomUUID()}`;
    const old = new TalkootDb(name, historyTo4);
    const stamp = '2026-02-01T10:00:00.000Z';
    const noteId = crypto.randomUUID();
    await old.table('impactNotes').add({
      id: noteId,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      date: '2026-01-15',
      type: 'quote',
      text: 'Täällä minua kuunnellaan.',
      themes: [],
      source: 'anonymousParticipant',
      consentToPublish: false,
      highlight: false,
    });
    expect(old.verno).toBe(4);
    old.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(schemaHistory.at(-1)!.version);
    expect(await db.tableOf('impactNotes').get(noteId)).toMatchObject({
      text: 'Täällä minua kuunnellaan.',
    });

    const activityId = crypto.randomUUID();
    const form = await new Repository(db, 'feedbackForms', clock).create({
      activityId,
      perspective: 'participant',
      statements: [{ id: crypto.randomUUID(), key: 'gotSupport' }],
    });
    await new Repository(db, 'feedbackTallies', clock).create({
      formId: form.id,
      from: '2026-03-01',
      to: '2026-03-01',
      counts: [{ statementId: form.statements[0]!.id, counts: [0, 0, 1, 2, 3] }],
    });
    await new Repository(db, 'indicatorValues', clock).create({
      name: 'Ohjatut palveluihin',
      kind: 'count',
      from: '2026-01-01',
      to: '2026-03-31',
      value: 7,
      provenance: 'collected',
    });
    expect(await db.tableOf('feedbackForms').where('activityId').equals(activityId).count()).toBe(
      1,
    );
    expect(await db.tableOf('feedbackTallies').where('formId').equals(form.id).count()).toBe(1);
    expect(
      await db
        .tableOf('feedbackTallies')
        .where('to')
        .between('2026-01-01', '2026-12-31', true, true)
        .count(),
    ).toBe(1);
    expect(
      await db
        .tableOf('indicatorValues')
        .where('to')
        .between('2026-01-01', '2026-12-31', true, true)
        .count(),
    ).toBe(1);
    const data = await readDataset(db);
    for (const t of tableNames) {
      for (const r of data[t]) expect(tableSchemas[t].safeParse(r).success, t).toBe(true);
    }
  });
});

describe('version 6: volunteer rollups keep their people as sorted arrays; unpaid fees', () => {
  const historyTo5 = schemaHistory.filter((v) => v.version <= 5);

  it('rewrites each row of version 5 (people in an object keyed by id) to the arrays a full rebuild makes', async () => {
    const name = `volunteers-v6-${crypto.randomUUID()}`;
    const old = new TalkootDb(name, historyTo5);
    const stamp = '2026-02-01T10:00:00.000Z';
    const people = ['c', 'a', 'b'].map((p) => `${p}-${crypto.randomUUID()}`);
    const activityId = crypto.randomUUID();
    const hours: HourEntry[] = [
      [people[0]!, '2026-01-05'],
      [people[1]!, '2026-01-09'],
      [people[0]!, '2026-01-20'],
      [people[2]!, '2026-02-03'],
    ].map(([personId, date]) => ({
      id: crypto.randomUUID(),
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      personId: personId!,
      date: date!,
      minutes: 60,
      kind: 'peerSupport',
      activityId,
      approved: false,
    }));
    await old.table('hours').bulkAdd(hours);
    const fee = (personId: string, year: number, paidOn?: string) => ({
      id: crypto.randomUUID(),
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      personId,
      year,
      amountCents: 2000,
      paidOn,
    });
    const fees = [
      fee(people[0]!, 2025),
      fee(people[1]!, 2025, '2025-03-01'),
      { ...fee(people[2]!, 2025), deletedAt: stamp },
      fee(people[2]!, 2026),
    ];
    await old.table('fees').bulkAdd(fees);
    // The rows as version 5 stored them: entries per person in an object.
    const v5Rows = volunteerRollupsOf(hours).map(({ people: ids, counts, ...rest }) => ({
      ...rest,
      volunteers: Object.fromEntries(ids.map((id, i) => [id, counts[i]])),
    }));
    await old.table('volunteerRollups').clear();
    await old.table('volunteerRollups').bulkPut(v5Rows);
    expect(old.verno).toBe(5);
    old.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(schemaHistory.at(-1)!.version);
    const rows = await db.rollupsOf('volunteerRollups').toArray();
    expect(rows).toEqual(volunteerRollupsOf(hours));
    // January: "a-…" once, "c-…" twice, in id order.
    expect(rows.find((r) => r.month === '2026-01')).toMatchObject({
      entries: 3,
      people: [people[1], people[0]],
      counts: [1, 2],
    });
    expect(rows[0]).not.toHaveProperty('volunteers');

    // The unpaid fees table holds the live unpaid fees, copied whole.
    expect(await db.rollupsOf('unpaidFees').orderBy('id').toArray()).toEqual(
      [fees[0], fees[3]].sort((a, b) => (a!.id < b!.id ? -1 : 1)),
    );

    // Writes after the upgrade keep the new form.
    await db.tableOf('hours').delete(hours[0]!.id);
    expect(await db.rollupsOf('volunteerRollups').toArray()).toEqual(
      volunteerRollupsOf(hours.slice(1)),
    );
  });
});
