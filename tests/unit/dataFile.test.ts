import { afterEach, describe, expect, it } from 'vitest';
import {
  CURRENT_FORMAT_VERSION,
  dataFileFieldLabel,
  formatDataFileIssue,
  formatDataFileIssues,
  migrateRaw,
  parseDataFile,
  serializeDataFile,
  type DataFileIssue,
} from '../../src/core/dataFile';
import {
  isDatabaseEmpty,
  readDataset,
  replaceDataset,
  Repository,
  TalkootDb,
  type Clock,
} from '../../src/core/db';
import {
  languageCodes,
  tableNames,
  tableSchemas,
  type Dataset,
  type TableName,
} from '../../src/core/schemas';
import { translate } from '../../src/core/i18n';

const opened: TalkootDb[] = [];
function freshDb(): TalkootDb {
  const db = new TalkootDb(`datafile-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A clock that ticks one second per call, so timestamps differ as in real use. */
function tickingClock(start = Date.parse('2026-11-22T08:00:00.000Z')): Clock {
  let t = start;
  return () => new Date((t += 1000));
}

/** A small but complete association, written through the repositories. */
async function seed(db: TalkootDb): Promise<void> {
  const clock = tickingClock();
  const repo = <T extends Parameters<TalkootDb['tableOf']>[0]>(t: T) =>
    new Repository(db, t, clock);

  await repo('profile').create({
    name: 'Pohjanmaan Vertaistuki – Österbottens Kamratstöd ry',
    businessId: '0112038-9',
    homeMunicipality: 'Mustasaari',
    iban: 'FI21 1234 5600 0007 85',
    hourValueCents: 1500,
    chairName: 'Åke Ölund',
    treasurerName: 'Päivi Äijälä',
    defaultLanguage: 'sv',
  });
  const pirjo = await repo('people').create({
    fullName: 'Pirjo Mäkelä 🌱',
    homeMunicipality: 'Vöyri',
    membership: 'regular',
    joinedOn: '2019-05-14',
    languages: ['fi', 'sv'],
    consents: { emailContact: true, nameInPublicMaterials: false },
    notes: 'Vetää ryhmää; kahvirahat 5 € / kerta',
    favouriteColour: 'vihreä', // unknown to this version: must survive
  });
  const gote = await repo('people').create({
    fullName: 'Göte Åström',
    homeMunicipality: 'Närpes',
    membership: 'honorary',
  });
  await repo('people').softDelete(gote.id); // the trash is part of the file too
  await repo('fees').create({
    personId: pirjo.id,
    year: 2026,
    amountCents: 2000,
    reference: '12344',
    paidOn: '2026-02-01',
  });
  const funder = await repo('funders').create({ name: 'Mustasaaren kunta', type: 'municipality' });
  const lineRent = crypto.randomUUID();
  const lineCoffee = crypto.randomUUID();
  const grant = await repo('grants').create({
    funderId: funder.id,
    name: 'Yleisavustus 2026',
    status: 'granted',
    grantedCents: 350_000,
    decisionNumber: 'MUS/12/2026 §5',
    decisionDate: '2026-01-20',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
  });
  await repo('grantBudgetLines').create({
    id: lineRent,
    grantId: grant.id,
    name: 'Tilavuokrat',
    budgetCents: 120_000,
    position: 0,
  });
  await repo('grantBudgetLines').create({
    id: lineCoffee,
    grantId: grant.id,
    name: 'Kahvitarjoilu ☕',
    budgetCents: 30_000,
    position: 1,
  });
  await repo('grantExpenses').create({
    grantId: grant.id,
    date: '2026-02-01',
    amountCents: 10_050,
    budgetLineId: lineRent,
    note: 'Seurakuntatalo, helmikuu',
  });
  await repo('grantExpenses').create({
    grantId: grant.id,
    date: '2026-02-10',
    amountCents: 1_299,
    budgetLineId: lineCoffee,
    note: 'Pulla & kahvi',
    receiptRef: 'K-7',
  });
  await repo('grantPayments').create({
    grantId: grant.id,
    date: '2026-02-15',
    amountCents: 350_000,
  });
  await repo('grantStatusChanges').create({
    grantId: grant.id,
    status: 'granted',
    date: '2026-01-20',
    note: 'MUS/12/2026 §5',
  });
  const group = await repo('activities').create({
    name: 'Måndagsgruppen / Maanantairyhmä',
    type: 'peerSupportGroup',
    grantIds: [grant.id],
    themes: ['yksinäisyys', 'ensamhet'],
  });
  const session = await repo('sessions').create({
    activityId: group.id,
    date: '2026-02-10',
    durationMinutes: 120,
    participants: 11,
    newParticipants: 3,
    volunteers: 2,
    countMethod: 'estimated',
  });
  await repo('hours').create({
    personId: pirjo.id,
    activityId: group.id,
    sessionId: session.id,
    date: '2026-02-10',
    minutes: 150,
    kind: 'peerSupport',
    grantId: grant.id,
    note: 'Kävimme läpi jaksamista 💬',
  });
  await repo('attachments').create({
    grantId: grant.id,
    name: 'päätös §5.pdf',
    mimeType: 'application/pdf',
    dataBase64: 'JVBERi0xLjQKJcOkw7zDtsOfCg==',
  });
  await repo('impactNotes').create({
    date: '2026-02-10',
    type: 'quote',
    text: '”Täällä minua kuunnellaan.” – osallistuja',
    source: 'anonymousParticipant',
    consentToPublish: true,
    activityId: group.id,
    grantId: grant.id,
  });
}

async function seededDataset(): Promise<Dataset> {
  const db = freshDb();
  await seed(db);
  return readDataset(db);
}

/** A minimal valid file as a plain object the tests can break. */
type FileObject = Record<string, unknown> & {
  tables: Record<TableName, Record<string, unknown>[]>;
};
/** A written file as an object to damage by hand: without its checksum, like a file from before checksums. */
function fileObject(data: Dataset): FileObject {
  const f = JSON.parse(serializeDataFile(data, { exportedAt: '2026-11-22T10:00:00.000Z' }));
  delete f.checksum;
  return f;
}

function issuesOf(text: string): DataFileIssue[] {
  const r = parseDataFile(text);
  if (r.ok) throw new Error('expected the file to be rejected');
  return r.issues;
}

describe('round trip: database → file → database', () => {
  it('is lossless, trash, unknown fields and non-ASCII text included', async () => {
    const source = freshDb();
    await seed(source);
    const original = await readDataset(source);
    expect(original.people).toHaveLength(2);
    expect(original.grantExpenses).toHaveLength(2);

    const text = serializeDataFile(original, {
      exportedAt: '2026-11-22T10:00:00.000Z',
      extra: { exportedBy: 'Päivi' },
    });
    expect(text).toContain('🌱'); // written as UTF-8 text, not \u escapes
    const parsed = parseDataFile(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.file.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(parsed.file.exportedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(parsed.file.extra).toMatchObject({ exportedBy: 'Päivi', generator: 'Talkoot' });

    const target = freshDb();
    await replaceDataset(target, parsed.file.dataset);
    const restored = await readDataset(target);
    expect(restored).toEqual(original);
    // toEqual ignores undefined-valued keys; compare the JSON too, byte for byte.
    expect(serializeDataFile(restored, { exportedAt: '2026-11-22T10:00:00.000Z' })).toBe(
      serializeDataFile(original, { exportedAt: '2026-11-22T10:00:00.000Z' }),
    );

    const pirjo = restored.people.find((p) => p.fullName.startsWith('Pirjo'))!;
    expect((pirjo as Record<string, unknown>).favouriteColour).toBe('vihreä');
    expect(restored.people.find((p) => p.fullName === 'Göte Åström')!.deletedAt).not.toBeNull();
  });

  it('a second round trip gives the same text (stable output)', async () => {
    const data = await seededDataset();
    const once = serializeDataFile(data, { exportedAt: '2026-11-22T10:00:00.000Z' });
    const parsed = parseDataFile(once);
    if (!parsed.ok) throw new Error('rejected');
    const twice = serializeDataFile(parsed.file.dataset, {
      exportedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(twice).toBe(once);
  });

  it('reads a file saved with a byte-order mark (Windows editors)', async () => {
    const text = serializeDataFile(await seededDataset(), { exportedAt: '2026-11-22T10:00:00Z' });
    expect(parseDataFile(`\uFEFF${text}`).ok).toBe(true);
  });

  it('keeps unknown top-level fields, but the standard ones always win', async () => {
    const text = serializeDataFile(await seededDataset(), {
      exportedAt: '2026-11-22T10:00:00.000Z',
      extra: { format: 'spoofed', formatVersion: 99, mergeLog: [{ from: 'kannettava' }] },
    });
    const r = parseDataFile(text);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.file.extra.mergeLog).toEqual([{ from: 'kannettava' }]);
  });
});

describe('a bad file is rejected, saying what is wrong', () => {
  it('truncated text → notJson', async () => {
    const text = serializeDataFile(await seededDataset(), { exportedAt: '2026-11-22T10:00:00Z' });
    expect(issuesOf(text.slice(0, Math.floor(text.length / 2)))).toEqual([{ code: 'notJson' }]);
    expect(issuesOf('')).toEqual([{ code: 'notJson' }]);
  });

  it.each([
    ['an array', '[]'],
    ['a string', '"talkoot"'],
    ['null', 'null'],
    ['a number', '1'],
    ['another format', JSON.stringify({ format: 'excalidraw', formatVersion: 1, tables: {} })],
    ['no format', JSON.stringify({ formatVersion: 1, tables: {} })],
  ])('%s → notTalkoot', (_what, text) => {
    expect(issuesOf(text)).toEqual([{ code: 'notTalkoot' }]);
  });

  it('tables that are not an object → notTalkoot', () => {
    const text = JSON.stringify({ format: 'talkoot', formatVersion: 1, tables: [] });
    expect(issuesOf(text)).toEqual([{ code: 'notTalkoot' }]);
  });

  it('formatVersion from the future → newerVersion with the number', () => {
    const text = JSON.stringify({ format: 'talkoot', formatVersion: 99, tables: {} });
    expect(issuesOf(text)).toEqual([{ code: 'newerVersion', params: { version: 99 } }]);
  });

  it.each([
    ['missing', undefined],
    ['a string', '1'],
    ['zero', 0],
    ['a fraction', 1.5],
  ])('formatVersion %s → badVersion', (_what, formatVersion) => {
    const text = JSON.stringify({ format: 'talkoot', formatVersion, tables: {} });
    expect(issuesOf(text)).toEqual([{ code: 'badVersion' }]);
  });

  it('a table that is not a list → tableNotList', async () => {
    const file = fileObject(await seededDataset());
    (file.tables as Record<string, unknown>).hours = { not: 'a list' };
    expect(issuesOf(JSON.stringify(file))).toEqual([
      { code: 'tableNotList', params: { table: 'hours' } },
    ]);
  });

  it('an impossible date names the table, the 1-based row and the field', async () => {
    const file = fileObject(await seededDataset());
    const people = file.tables.people as Record<string, unknown>[];
    people[1] = { ...people[1], joinedOn: '2024-02-31' };
    expect(issuesOf(JSON.stringify(file))).toEqual([
      { code: 'invalidDate', table: 'people', row: 2, field: 'joinedOn' },
    ]);
  });

  it('a missing required field is reported as required', async () => {
    const file = fileObject(await seededDataset());
    const people = file.tables.people as Record<string, unknown>[];
    delete people[0]!.homeMunicipality;
    expect(issuesOf(JSON.stringify(file))).toEqual([
      { code: 'required', table: 'people', row: 1, field: 'homeMunicipality' },
    ]);
  });

  it("an error in a grant's expense names its table, row and field", async () => {
    const file = fileObject(await seededDataset());
    (file.tables.grantExpenses[1] as Record<string, unknown>).date = '2026-02-30';
    expect(issuesOf(JSON.stringify(file))).toEqual([
      { code: 'invalidDate', table: 'grantExpenses', row: 2, field: 'date' },
    ]);
  });

  it('an expense must point to an existing budget line of its own grant', async () => {
    const data = await seededDataset();
    const file = fileObject(data);
    const ghost = crypto.randomUUID();
    (file.tables.grantExpenses[0] as Record<string, unknown>).budgetLineId = ghost;
    expect(issuesOf(JSON.stringify(file))).toEqual([
      {
        code: 'unknownReference',
        table: 'grantExpenses',
        row: 1,
        field: 'budgetLineId',
        params: { id: ghost, target: 'grantBudgetLines' },
      },
    ]);
    const other = fileObject(data);
    const line = other.tables.grantBudgetLines[1] as Record<string, unknown>;
    const otherGrant = {
      ...(other.tables.grants[0] as Record<string, unknown>),
      id: crypto.randomUUID(),
    };
    other.tables.grants.push(otherGrant);
    line.grantId = otherGrant.id;
    const row = other.tables.grantExpenses.findIndex(
      (e) => (e as Record<string, unknown>).budgetLineId === line.id,
    );
    expect(issuesOf(JSON.stringify(other))).toEqual([
      {
        code: 'unknownBudgetLine',
        table: 'grantExpenses',
        row: row + 1,
        field: 'budgetLineId',
        params: { id: line.id as string },
      },
    ]);
  });

  it('new grant tables point to grants, attachments included', async () => {
    const file = fileObject(await seededDataset());
    const ghost = crypto.randomUUID();
    (file.tables.grantPayments[0] as Record<string, unknown>).grantId = ghost;
    (file.tables.grantExpenses[0] as Record<string, unknown>).attachmentId = ghost;
    expect(issuesOf(JSON.stringify(file)).map((i) => [i.table, i.field])).toEqual([
      ['grantExpenses', 'attachmentId'],
      ['grantPayments', 'grantId'],
    ]);
  });

  it('an hour entry pointing to a missing person → unknownReference', async () => {
    const file = fileObject(await seededDataset());
    const ghost = crypto.randomUUID();
    (file.tables.hours[0] as Record<string, unknown>).personId = ghost;
    expect(issuesOf(JSON.stringify(file))).toEqual([
      {
        code: 'unknownReference',
        table: 'hours',
        row: 1,
        field: 'personId',
        params: { id: ghost, target: 'people' },
      },
    ]);
  });

  it('an activity linked to a missing grant → unknownReference on grantIds', async () => {
    const file = fileObject(await seededDataset());
    const ghost = crypto.randomUUID();
    (file.tables.activities[0] as { grantIds: string[] }).grantIds.push(ghost);
    expect(issuesOf(JSON.stringify(file))).toEqual([
      expect.objectContaining({ code: 'unknownReference', table: 'activities', field: 'grantIds' }),
    ]);
  });

  it('reference errors give the row in the file, even after a bad row was skipped', async () => {
    const data = await seededDataset();
    const file = fileObject(data);
    const hour = file.tables.hours[0] as Record<string, unknown>;
    const ghost = crypto.randomUUID();
    file.tables.hours = [
      { ...hour, id: crypto.randomUUID(), minutes: 0 }, // row 1: invalid, skipped
      { ...hour, id: crypto.randomUUID() }, // row 2: fine
      { ...hour, id: crypto.randomUUID(), personId: ghost }, // row 3: unknown person
    ];
    expect(issuesOf(JSON.stringify(file))).toEqual([
      { code: 'mustBePositive', table: 'hours', row: 1, field: 'minutes' },
      {
        code: 'unknownReference',
        table: 'hours',
        row: 3,
        field: 'personId',
        params: { id: ghost, target: 'people' },
      },
    ]);
  });

  it('the same id twice in a table → duplicateId on the second row', async () => {
    const file = fileObject(await seededDataset());
    const first = file.tables.people[0] as { id: string };
    file.tables.people.push({ ...first, fullName: 'Kaksoisolento' });
    expect(issuesOf(JSON.stringify(file))).toEqual([
      { code: 'duplicateId', table: 'people', row: 3, field: 'id', params: { id: first.id } },
    ]);
  });

  it('two association profiles → tooManyProfiles', async () => {
    const file = fileObject(await seededDataset());
    file.tables.profile.push({ ...(file.tables.profile[0] as object), id: crypto.randomUUID() });
    expect(issuesOf(JSON.stringify(file))).toEqual([
      { code: 'tooManyProfiles', table: 'profile', row: 2 },
    ]);
  });

  it('reports every problem at once, not just the first', async () => {
    const file = fileObject(await seededDataset());
    (file.tables.people[0] as Record<string, unknown>).joinedOn = '2026-13-01';
    (file.tables.sessions[0] as Record<string, unknown>).newParticipants = 99;
    (file.tables.fees[0] as Record<string, unknown>).reference = '12345';
    const codes = issuesOf(JSON.stringify(file)).map((i) => `${i.table}:${i.code}`);
    expect(codes.sort()).toEqual(
      ['fees:invalidReference', 'people:invalidDate', 'sessions:newExceedsParticipants'].sort(),
    );
  });
});

describe('issue messages in the user’s language', () => {
  const cases = {
    fi: {
      people: 'Henkilöt',
      hours: 'Tuntikirjaukset',
      word: 'rivi',
      joined: 'Liittynyt',
      person: 'Henkilö',
      minutes: 'Kesto',
    },
    sv: {
      people: 'Personer',
      hours: 'Timregistreringar',
      word: 'rad',
      joined: 'Gick med',
      person: 'Person',
      minutes: 'Längd',
    },
    en: {
      people: 'People',
      hours: 'Hour entries',
      word: 'row',
      joined: 'Joined',
      person: 'Person',
      minutes: 'Duration',
    },
  } as const;

  it.each(languageCodes)('%s: a field error names table, row and field', (lang) => {
    const msg = formatDataFileIssue(
      { code: 'invalidDate', table: 'people', row: 2, field: 'joinedOn' },
      lang,
    );
    expect(msg).toContain(cases[lang].people);
    expect(msg).toContain(`${cases[lang].word} 2`);
    expect(msg).toContain(cases[lang].joined);
    expect(msg).not.toContain('joinedOn');
    expect(msg).toContain(translate(lang, 'dataFile.issues.invalidDate'));
    expect(msg).not.toMatch(/\{\{|dataFile\./);
  });

  it.each(languageCodes)('%s: a reference error names the target table too', (lang) => {
    const msg = formatDataFileIssue(
      {
        code: 'unknownReference',
        table: 'hours',
        row: 7,
        field: 'personId',
        params: { id: 'abc-123', target: 'people' },
      },
      lang,
    );
    expect(msg).toContain(cases[lang].hours);
    expect(msg).toContain(`${cases[lang].word} 7`);
    expect(msg).toContain(cases[lang].person);
    expect(msg).not.toContain('personId');
    expect(msg).toContain('abc-123');
    expect(msg).toContain(cases[lang].people);
    expect(msg).not.toMatch(/\{\{|dataFile\./);
  });

  it('matches the exact Finnish sentence', () => {
    expect(
      formatDataFileIssue(
        { code: 'invalidDate', table: 'people', row: 2, field: 'joinedOn' },
        'fi',
      ),
    ).toBe(
      'Taulukko Henkilöt, rivi 2, kenttä Liittynyt: virheellinen päivämäärä (muoto VVVV-KK-PP)',
    );
  });

  it.each(languageCodes)('%s: a field is named as the forms name it, not as stored', (lang) => {
    expect(
      formatDataFileIssue(
        { code: 'mustBePositive', table: 'hours', row: 3, field: 'minutes' },
        lang,
      ),
    ).toContain(cases[lang].minutes);
    expect(dataFileFieldLabel('hours', 'minutes', lang)).toBe(cases[lang].minutes);
    // A field the labels do not know keeps its stored name rather than vanishing.
    expect(dataFileFieldLabel('people', 'addedByNewerVersion', lang)).toBe('addedByNewerVersion');
  });

  it('names a nested field with its position, and every table field has a label in every language', () => {
    expect(dataFileFieldLabel('profile', 'feeSchedule.1.year', 'fi')).toBe(
      'Jäsenmaksutaulukko 2 / Vuosi',
    );
    expect(dataFileFieldLabel('people', 'consents.emailContact', 'en')).toBe(
      'Consents / May be contacted by email',
    );
    for (const table of tableNames) {
      for (const field of Object.keys(tableSchemas[table].shape)) {
        for (const lang of languageCodes) {
          expect(dataFileFieldLabel(table, field, lang), `${lang} ${table}.${field}`).not.toBe(
            field,
          );
        }
      }
    }
  });

  it.each(languageCodes)('%s: file-level problems and fallbacks read as sentences', (lang) => {
    const fileLevel: DataFileIssue[] = [
      { code: 'notJson' },
      { code: 'notTalkoot' },
      { code: 'badVersion' },
      { code: 'newerVersion', params: { version: 99 } },
      { code: 'tableNotList', params: { table: 'hours' } },
      { code: 'tooManyProfiles', table: 'profile', row: 2 },
      { code: 'some_new_zod_code', table: 'people', row: 1, field: 'x' },
      { code: 'entirelyUnknown' },
    ];
    for (const issue of fileLevel) {
      const msg = formatDataFileIssue(issue, lang);
      expect(msg, issue.code).not.toMatch(/\{\{|dataFile\.|undefined/);
      expect(msg.length).toBeGreaterThan(5);
    }
    expect(formatDataFileIssue({ code: 'newerVersion', params: { version: 99 } }, lang)).toContain(
      '99',
    );
    expect(
      formatDataFileIssue({ code: 'tableNotList', params: { table: 'hours' } }, lang),
    ).toContain(cases[lang].hours);
  });

  it('every issue a real broken file produces has a message of its own', async () => {
    const file = fileObject(await seededDataset());
    (file.tables.people[0] as Record<string, unknown>).joinedOn = 'eilen';
    delete (file.tables.people[1] as Record<string, unknown>).fullName;
    (file.tables.hours[0] as Record<string, unknown>).minutes = 2000;
    (file.tables.profile[0] as Record<string, unknown>).iban = 'FI00 1234';
    for (const lang of languageCodes) {
      const invalid = translate(lang, 'dataFile.issues.invalid');
      for (const issue of issuesOf(JSON.stringify(file))) {
        expect(formatDataFileIssue(issue, lang), `${lang} ${issue.code}`).not.toContain(invalid);
      }
    }
  });

  it('lists at most `max` issues and counts the rest', () => {
    const issues: DataFileIssue[] = Array.from({ length: 13 }, (_, i) => ({
      code: 'invalidDate',
      table: 'hours',
      row: i + 1,
      field: 'date',
    }));
    const lines = formatDataFileIssues(issues, 'sv', 10);
    expect(lines).toHaveLength(11);
    expect(lines[9]).toContain('rad 10');
    expect(lines[10]).toBe('…och 3 fel till.');
    expect(formatDataFileIssues(issues.slice(0, 2), 'en')).toHaveLength(2);
  });
});

describe('replaceDataset is all or nothing', () => {
  it('a failure in the second table leaves the existing database unchanged', async () => {
    const db = freshDb();
    await seed(db);
    const before = await readDataset(db);

    const incoming = await seededDataset();
    expect(incoming.people.length).toBeGreaterThan(0);
    // Bypasses parseDataFile on purpose: a duplicate primary key in `people`,
    // written after `profile` was already cleared and refilled.
    const broken: Dataset = { ...incoming, people: [incoming.people[0]!, incoming.people[0]!] };
    await expect(replaceDataset(db, broken)).rejects.toThrow();

    expect(await readDataset(db)).toEqual(before);
  });

  it('replacing with an empty dataset empties the database', async () => {
    const db = freshDb();
    await seed(db);
    expect(await isDatabaseEmpty(db)).toBe(false);
    const empty = parseDataFile(
      JSON.stringify({ format: 'talkoot', formatVersion: 1, tables: {} }),
    );
    if (!empty.ok) throw new Error('rejected');
    await replaceDataset(db, empty.file.dataset);
    expect(await isDatabaseEmpty(db)).toBe(true);
  });
});

describe('migrateRaw', () => {
  const chain = {
    // 1 → 2: people's `name` became `fullName`.
    1: (raw: { formatVersion: number; [k: string]: unknown }) => {
      const tables = raw.tables as { people: Record<string, unknown>[] };
      return {
        ...raw,
        steps: [...((raw.steps as number[]) ?? []), 1],
        tables: {
          ...tables,
          people: tables.people.map(({ name, ...p }) => ({ ...p, fullName: name })),
        },
      };
    },
    // 2 → 3: hours in minutes instead of hours. Must see version 2's output.
    2: (raw: { formatVersion: number; [k: string]: unknown }) => {
      const tables = raw.tables as { people: Record<string, unknown>[] };
      expect(tables.people[0]!.fullName).toBeDefined();
      return {
        ...raw,
        steps: [...(raw.steps as number[]), 2],
        tables: {
          ...tables,
          people: tables.people.map((p) => ({ ...p, upperName: String(p.fullName).toUpperCase() })),
        },
      };
    },
  };

  it('applies the steps in order and keeps fields no step touches', () => {
    const raw = {
      format: 'talkoot',
      formatVersion: 1,
      madeBy: 'vanha versio',
      tables: {
        people: [{ id: 'p1', name: 'Åsa Öst', shoeSize: 38 }],
        hours: [{ id: 'h1', keep: true }],
      },
    };
    const out = migrateRaw(raw, chain, 3);
    expect(out.formatVersion).toBe(3);
    expect(out.steps).toEqual([1, 2]);
    expect(out.madeBy).toBe('vanha versio');
    expect(out.tables).toEqual({
      people: [{ id: 'p1', fullName: 'Åsa Öst', upperName: 'ÅSA ÖST', shoeSize: 38 }],
      hours: [{ id: 'h1', keep: true }],
    });
    // The input is not modified.
    expect(raw.formatVersion).toBe(1);
    expect(raw.tables.people[0]).toEqual({ id: 'p1', name: 'Åsa Öst', shoeSize: 38 });
  });

  it('starts from the file’s version and stops at the target', () => {
    const out = migrateRaw(
      { formatVersion: 2, tables: { people: [{ fullName: 'X' }] }, steps: [] },
      chain,
      3,
    );
    expect(out.steps).toEqual([2]);
    expect(migrateRaw({ formatVersion: 3, tables: {} }, chain, 3)).toEqual({
      formatVersion: 3,
      tables: {},
    });
  });

  it('refuses a gap in the chain instead of skipping a step', () => {
    expect(() => migrateRaw({ formatVersion: 1, tables: {} }, { 2: chain[2] }, 3)).toThrow(
      /no migration from format version 1/,
    );
  });
});
