import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { parseDataFile, serializeDataFile } from '../../src/core/dataFile';
import {
  anonymiseStoredPerson,
  liveOfficials,
  officialCandidates,
  officialsOfPerson,
  readDataset,
  Repository,
  saveOfficialFields,
  TalkootDb,
  type Clock,
} from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import { mergeDatasets } from '../../src/core/merge';
import {
  boardOfPeriod,
  inOfficeOn,
  mayPublishName,
  signersOn,
  termOverlaps,
} from '../../src/core/officials';
import {
  advocacyReportModel,
  grantReportModel,
  personDataDocument,
  personDataModel,
} from '../../src/core/reports';
import {
  emptyDataset,
  officialSchema,
  type Dataset,
  type Official,
  type Person,
} from '../../src/core/schemas';
import { pdfText } from './support/pdfText';

const stamp = '2026-01-05T10:00:00.000Z';
const base = () => ({
  id: crypto.randomUUID(),
  createdAt: stamp,
  updatedAt: stamp,
  deletedAt: null,
});
const person = (fullName: string, extra: Partial<Person> = {}): Person => ({
  ...base(),
  fullName,
  homeMunicipality: 'Vaasa',
  languages: [],
  membership: 'regular',
  consents: { emailContact: false, nameInPublicMaterials: false },
  ...extra,
});
const official = (o: Partial<Official> & Pick<Official, 'role'>): Official => ({
  ...base(),
  termStart: '2025-01-01',
  consentToPublishName: false,
  ...o,
});
const year2025 = { from: '2025-01-01', to: '2025-12-31' };

describe('the officials schema', () => {
  it('needs a person or a name, and a term that does not end before it starts', () => {
    const ok = officialSchema.safeParse(official({ role: 'auditor', name: 'Outi Ulkopuolinen' }));
    expect(ok.success).toBe(true);
    const nobody = officialSchema.safeParse(official({ role: 'auditor' }));
    expect(nobody.error?.issues.map((i) => i.message)).toEqual(['officialNeedsPerson']);
    const backwards = officialSchema.safeParse(
      official({ role: 'chair', name: 'X', termStart: '2025-05-01', termEnd: '2025-04-30' }),
    );
    expect(backwards.error?.issues.map((i) => i.message)).toEqual(['endBeforeStart']);
    expect(
      officialSchema.safeParse({ ...official({ role: 'chair', name: 'X' }), role: 'king' }).success,
    ).toBe(false);
  });
});

describe('terms', () => {
  it('overlap a period and run on a day, both ends included; a running term has no end', () => {
    const t = { termStart: '2025-03-01', termEnd: '2025-12-31' };
    expect(termOverlaps(t, year2025)).toBe(true);
    expect(termOverlaps(t, { from: '2026-01-01', to: '2026-12-31' })).toBe(false);
    expect(termOverlaps({ termStart: '2026-01-01' }, year2025)).toBe(false);
    expect(termOverlaps({ termStart: '2020-01-01' }, year2025)).toBe(true);
    expect(inOfficeOn(t, '2025-03-01')).toBe(true);
    expect(inOfficeOn(t, '2025-12-31')).toBe(true);
    expect(inOfficeOn(t, '2026-01-01')).toBe(false);
    expect(inOfficeOn(t, '2025-02-28')).toBe(false);
  });

  it('print a name only with consent, never of an anonymised or trashed person', () => {
    const p = person('Pia');
    const o = official({ role: 'chair', personId: p.id, consentToPublishName: true });
    expect(mayPublishName(o, p)).toBe(true);
    expect(mayPublishName({ ...o, consentToPublishName: false }, p)).toBe(false);
    expect(mayPublishName(o, { ...p, anonymisedAt: stamp })).toBe(false);
    expect(mayPublishName(o, { ...p, deletedAt: stamp })).toBe(false);
    expect(mayPublishName(o, undefined)).toBe(false);
  });
});

describe('the board of a period', () => {
  const a = person('Aino');
  const b = person('Bo');
  const c = person('Cilla');
  const data: Pick<Dataset, 'officials' | 'people' | 'profile'> = {
    people: [a, b, c],
    profile: [],
    officials: [
      official({ role: 'boardMember', personId: b.id, consentToPublishName: true }),
      official({ role: 'boardMember', personId: c.id }),
      official({ role: 'chair', personId: a.id, consentToPublishName: true }),
      official({ role: 'auditor', name: 'Tilintarkastus Oy', consentToPublishName: true }),
      official({ role: 'deputy', personId: c.id, termStart: '2026-01-01' }),
      official({ role: 'secretary', personId: b.id, deletedAt: stamp }),
    ],
  };

  it('lists roles in their order, names with consent, the others counted; trash and other years left out', () => {
    expect(boardOfPeriod(data, year2025)).toEqual([
      { role: 'chair', names: ['Aino'], others: 0 },
      { role: 'boardMember', names: ['Bo'], others: 1 },
      { role: 'auditor', names: ['Tilintarkastus Oy'], others: 0 },
    ]);
  });

  it('signs with whoever is in office on the day, named only with consent', () => {
    expect(signersOn(data, '2025-06-01', ['chair', 'secretary'])).toEqual([
      { role: 'chair', name: 'Aino' },
      { role: 'secretary' },
    ]);
    // A new chair from July: the latest term running that day signs.
    const next = {
      ...data,
      officials: [
        ...data.officials,
        official({
          role: 'chair',
          personId: b.id,
          termStart: '2025-07-01',
          consentToPublishName: true,
        }),
      ],
    };
    expect(signersOn(next, '2025-08-01', ['chair'])).toEqual([{ role: 'chair', name: 'Bo' }]);
  });

  it("falls back to the profile's chair and treasurer only when no officials are recorded", () => {
    const profile = generateDemoDataset({ seed: 1, today: '2026-11-22' }).profile;
    expect(
      signersOn({ officials: [], people: [], profile }, '2025-06-01', ['chair', 'treasurer']),
    ).toEqual([
      { role: 'chair', name: profile[0]!.chairName },
      { role: 'treasurer', name: profile[0]!.treasurerName },
    ]);
    expect(signersOn({ ...data, profile }, '2025-06-01', ['treasurer'])).toEqual([
      { role: 'treasurer' },
    ]);
  });
});

describe('encounters are counted where people are reached', () => {
  const data = generateDemoDataset({ seed: 1, today: '2026-11-22' });
  const options = { period: { from: '2026-01-01', to: '2026-11-22' }, printedOn: '2026-11-22' };

  it('the advocacy summary leaves out participants of board meetings', () => {
    const model = advocacyReportModel(data, options);
    const board = new Set(data.activities.filter((a) => a.type === 'boardWork').map((a) => a.id));
    const boardParticipants = data.sessions
      .filter(
        (s) =>
          !s.deletedAt &&
          board.has(s.activityId) &&
          s.date >= options.period.from &&
          s.date <= options.period.to,
      )
      .reduce((n, s) => n + s.participants, 0);
    expect(boardParticipants).toBeGreaterThan(0);
    const asTraining = structuredClone(data);
    for (const a of asTraining.activities) if (a.type === 'boardWork') a.type = 'training';
    expect(advocacyReportModel(asTraining, options).figures.peopleReached).toBe(
      model.figures.peopleReached + boardParticipants,
    );
  });

  it('the grant report counts sessions of internal work but none of their participants', () => {
    const d = structuredClone(data);
    const grant = d.grants.find(
      (g) => g.status === 'granted' && d.activities.some((a) => a.grantIds.includes(g.id)),
    )!;
    const funded = d.activities.find((a) => a.grantIds.includes(grant.id))!;
    const before = grantReportModel(d, { grantId: grant.id, printedOn: '2026-11-22' });
    funded.type = 'boardWork';
    const after = grantReportModel(d, { grantId: grant.id, printedOn: '2026-11-22' });
    const row = after.activities.find((a) => a.activityId === funded.id)!;
    const was = before.activities.find((a) => a.activityId === funded.id)!;
    expect(row).toMatchObject({ reachesPeople: false, sessions: was.sessions, participants: 0 });
    expect(after.figures.sessions).toBe(before.figures.sessions);
    expect(after.figures.participants).toBe(before.figures.participants - was.participants);
  });
});

describe('officials in the database', () => {
  let db: TalkootDb;
  const clock: Clock = () => new Date('2026-11-22T10:00:00.000Z');
  beforeEach(async () => {
    db = new TalkootDb(`officials-${crypto.randomUUID()}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('are written, edited with emptied fields removed, ended, trashed and restored', async () => {
    const people = new Repository(db, 'people', clock);
    const p = await people.create({ fullName: 'Åsa Öhman', homeMunicipality: 'Vaasa' });
    const repo = new Repository(db, 'officials', clock);
    const o = await repo.create({
      personId: p.id,
      role: 'secretary',
      termStart: '2026-01-01',
      note: 'Valittu kevätkokouksessa',
      consentToPublishName: true,
    });
    expect((await liveOfficials(db)).map((r) => r.displayName)).toEqual(['Åsa Öhman']);
    await saveOfficialFields(
      db,
      o.id,
      {
        personId: p.id,
        role: 'secretary',
        termStart: '2026-01-01',
        termEnd: '2026-06-30',
        consentToPublishName: true,
      },
      clock,
    );
    const saved = (await db.tableOf('officials').get(o.id))!;
    expect(saved.termEnd).toBe('2026-06-30');
    expect(saved).not.toHaveProperty('note');
    expect(saved.createdAt).toBe(o.createdAt);
    await expect(
      saveOfficialFields(
        db,
        o.id,
        {
          personId: p.id,
          role: 'secretary',
          termStart: '2026-07-01',
          termEnd: '2026-06-30',
          consentToPublishName: true,
        },
        clock,
      ),
    ).rejects.toThrow(/endBeforeStart/);
    expect((await db.tableOf('officials').get(o.id))!.termStart).toBe('2026-01-01');
    await repo.softDelete(o.id);
    expect(await liveOfficials(db)).toEqual([]);
    await repo.restore(o.id);
    expect(await liveOfficials(db)).toHaveLength(1);
    expect(await officialsOfPerson(db, p.id)).toHaveLength(1);
    expect((await officialCandidates(db, 'öhm')).map((c) => c.fullName)).toEqual(['Åsa Öhman']);
    expect(await officialCandidates(db, 'ohm')).toEqual([]);
  });

  it("anonymising a person keeps their role and term but not their name's consent or the note", async () => {
    const people = new Repository(db, 'people', clock);
    const p = await people.create({ fullName: 'Pekka Puheenjohtaja', homeMunicipality: 'Vaasa' });
    const repo = new Repository(db, 'officials', clock);
    const o = await repo.create({
      personId: p.id,
      role: 'chair',
      termStart: '2024-01-01',
      termEnd: '2025-12-31',
      consentToPublishName: true,
      note: 'Pekan puhelin 040 111',
    });
    await anonymiseStoredPerson(db, p.id, clock);
    const after = (await db.tableOf('officials').get(o.id))!;
    expect(after).toMatchObject({
      role: 'chair',
      termStart: '2024-01-01',
      termEnd: '2025-12-31',
      consentToPublishName: false,
      personId: p.id,
    });
    expect(after).not.toHaveProperty('note');
    const data = await readDataset(db);
    expect(JSON.stringify(boardOfPeriod(data, year2025))).not.toContain('Pekka');
    expect(boardOfPeriod(data, year2025)).toEqual([{ role: 'chair', names: [], others: 1 }]);
  });
});

describe('officials in the data file, a merge and the person-data PDF', () => {
  const data = generateDemoDataset({ seed: 1, today: '2026-11-22' });

  it('round-trip through the data file; an older file without the table opens with none', () => {
    expect(data.officials.length).toBeGreaterThan(5);
    const text = serializeDataFile(data, { exportedAt: '2026-11-22T10:00:00.000Z' });
    const parsed = parseDataFile(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.file.dataset.officials).toEqual(data.officials);

    const old = JSON.parse(text) as { tables: Record<string, unknown>; checksum?: unknown };
    delete old.tables.officials;
    delete old.checksum;
    const reread = parseDataFile(JSON.stringify(old));
    if (!reread.ok) throw new Error(JSON.stringify(reread.issues));
    expect(reread.file.dataset.officials).toEqual([]);
  });

  it('refuses an official pointing to nobody in the file', () => {
    const d = structuredClone(data);
    d.officials[0]!.personId = crypto.randomUUID();
    const parsed = parseDataFile(serializeDataFile(d, { exportedAt: '2026-11-22T10:00:00.000Z' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues[0]).toMatchObject({ table: 'officials', field: 'personId' });
  });

  it('merge by id like any table: a term ended on another computer wins when newer', () => {
    const theirs = structuredClone(data);
    const term = theirs.officials[3]!;
    term.termEnd = '2026-06-30';
    term.updatedAt = '2026-07-01T10:00:00.000Z';
    const added = official({ role: 'contactPerson', name: 'Kaisa Kontakti' });
    theirs.officials.push(added);
    const result = mergeDatasets(data, theirs);
    expect(result.merged.officials.find((o) => o.id === term.id)!.termEnd).toBe('2026-06-30');
    expect(result.merged.officials.map((o) => o.id)).toContain(added.id);
    expect(result.added.officials).toBe(1);
  });

  it("the person-data PDF lists a person's own roles", async () => {
    const chair = data.officials.find((o) => o.role === 'chair')!;
    const d = { ...emptyDataset(), ...data };
    const model = personDataModel(d, { personId: chair.personId!, printedOn: '2026-11-22' });
    expect(model.roles).toEqual([
      {
        role: 'chair',
        termStart: chair.termStart,
        termEnd: undefined,
        consentToPublishName: true,
        note: undefined,
        inTrash: false,
      },
    ]);
    const text = pdfText(await renderPdf(personDataDocument(model, 'fi')));
    expect(text).toContain('Tehtävät hallituksessa ja toimihenkilönä');
    expect(text).toMatch(/Puheenjohtaja\s+1\.1\.2025–jatkuu/);
  });
});
