import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  anonymiseStoredPerson,
  applyMerge,
  approveHours,
  logSession,
  readDataset,
  replaceDataset,
  Repository,
  rollupTableNames,
  TalkootDb,
  unapproveHours,
  type Clock,
} from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import { expectRollupsExact, storedRollups } from './support/rollupsExact';
import { mergeDatasets } from '../../src/core/merge';
import { hourKinds, membershipTypes } from '../../src/core/schemas';

let tick = 0;
// Every write a later instant, so merges have a newer side.
const clock: Clock = () => new Date(Date.UTC(2026, 10, 1) + ++tick * 1000);

const opened: TalkootDb[] = [];
function openDb(): TalkootDb {
  const db = new TalkootDb(`rollups-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const dates = fc
  .tuple(
    fc.integer({ min: 2025, max: 2027 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

type Op =
  | {
      op: 'person';
      membership: (typeof membershipTypes)[number];
      joinedOn?: string;
      leftIn?: number;
    }
  | { op: 'editPerson'; pick: number; membership: (typeof membershipTypes)[number] }
  | { op: 'trashPerson' | 'restorePerson' | 'anonymise'; pick: number }
  | {
      op: 'hour';
      pick: number;
      date: string;
      minutes: number;
      kind: (typeof hourKinds)[number];
      activity: boolean;
      grant: boolean;
    }
  | { op: 'editHour'; pick: number; date: string; minutes: number }
  | { op: 'trashHour' | 'restoreHour' | 'approve' | 'unapprove'; pick: number }
  | { op: 'session'; date: string; participants: number; volunteers: number }
  | { op: 'editSession' | 'trashSession'; pick: number; participants: number }
  | { op: 'fee'; pick: number; year: number; paidOn?: string }
  | { op: 'payFee' | 'unpayFee' | 'trashFee' | 'restoreFee'; pick: number; paidOn: string }
  | { op: 'merge'; seed: number }
  | { op: 'replace'; seed: number };

const pick = fc.nat(1000);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('person' as const),
    membership: fc.constantFrom(...membershipTypes),
    joinedOn: fc.option(dates, { nil: undefined }),
    leftIn: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  }),
  fc.record({
    op: fc.constant('editPerson' as const),
    pick,
    membership: fc.constantFrom(...membershipTypes),
  }),
  fc.record({
    op: fc.constantFrom('trashPerson' as const, 'restorePerson' as const, 'anonymise' as const),
    pick,
  }),
  fc.record({
    op: fc.constant('hour' as const),
    pick,
    date: dates,
    minutes: fc.integer({ min: 1, max: 600 }),
    kind: fc.constantFrom(...hourKinds),
    activity: fc.boolean(),
    grant: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('editHour' as const),
    pick,
    date: dates,
    minutes: fc.integer({ min: 1, max: 600 }),
  }),
  fc.record({
    op: fc.constantFrom(
      'trashHour' as const,
      'restoreHour' as const,
      'approve' as const,
      'unapprove' as const,
    ),
    pick,
  }),
  fc.record({
    op: fc.constant('session' as const),
    date: dates,
    participants: fc.integer({ min: 0, max: 30 }),
    volunteers: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({
    op: fc.constantFrom('editSession' as const, 'trashSession' as const),
    pick,
    participants: fc.integer({ min: 0, max: 30 }),
  }),
  fc.record({
    op: fc.constant('fee' as const),
    pick,
    year: fc.integer({ min: 2024, max: 2027 }),
    paidOn: fc.option(dates, { nil: undefined }),
  }),
  fc.record({
    op: fc.constantFrom(
      'payFee' as const,
      'unpayFee' as const,
      'trashFee' as const,
      'restoreFee' as const,
    ),
    pick,
    paidOn: dates,
  }),
  fc.record({ op: fc.constant('merge' as const), seed: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('replace' as const), seed: fc.integer({ min: 1, max: 5 }) }),
);

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function run(db: TalkootDb, ops: Op[]): Promise<void> {
  const people = new Repository(db, 'people', clock);
  const hours = new Repository(db, 'hours', clock);
  const sessions = new Repository(db, 'sessions', clock);
  const fees = new Repository(db, 'fees', clock);
  const activity = await new Repository(db, 'activities', clock).create({
    name: 'Vertaisryhmä',
    type: 'peerSupportGroup',
  });
  const grantId = crypto.randomUUID();
  const all = async <T extends 'people' | 'hours' | 'sessions' | 'fees'>(t: T) =>
    db.tableOf(t).toArray();
  const nth = <T>(rows: T[], i: number) => (rows.length ? rows[i % rows.length] : undefined);
  for (const o of ops) {
    switch (o.op) {
      case 'person':
        await people.create({
          fullName: 'Aino Öhman',
          homeMunicipality: 'Oulu',
          membership: o.membership,
          joinedOn: o.joinedOn,
          leftOn: o.joinedOn && o.leftIn !== undefined ? addDays(o.joinedOn, o.leftIn) : undefined,
        });
        break;
      case 'editPerson': {
        const p = nth(await all('people'), o.pick);
        if (p) await people.update(p.id, { membership: o.membership });
        break;
      }
      case 'trashPerson':
      case 'restorePerson': {
        const p = nth(await all('people'), o.pick);
        if (p) await (o.op === 'trashPerson' ? people.softDelete(p.id) : people.restore(p.id));
        break;
      }
      case 'anonymise': {
        const p = nth(
          (await all('people')).filter((x) => !x.deletedAt && !x.anonymisedAt),
          o.pick,
        );
        if (p) await anonymiseStoredPerson(db, p.id, clock);
        break;
      }
      case 'hour': {
        const p = nth(await all('people'), o.pick);
        if (!p) break;
        await hours.create({
          personId: p.id,
          date: o.date,
          minutes: o.minutes,
          kind: o.kind,
          activityId: o.activity ? activity.id : undefined,
          grantId: o.grant ? grantId : undefined,
          participantsReached: o.minutes % 7,
        });
        break;
      }
      case 'editHour': {
        const h = nth(await all('hours'), o.pick);
        if (h) await hours.update(h.id, { date: o.date, minutes: o.minutes });
        break;
      }
      case 'trashHour':
      case 'restoreHour': {
        const h = nth(await all('hours'), o.pick);
        if (h) await (o.op === 'trashHour' ? hours.softDelete(h.id) : hours.restore(h.id));
        break;
      }
      case 'approve':
      case 'unapprove': {
        const ids = (await all('hours')).filter((_, i) => i % 3 === o.pick % 3).map((h) => h.id);
        if (o.op === 'approve') await approveHours(db, ids, 'Marjatta Virtanen', clock);
        else await unapproveHours(db, ids, clock);
        break;
      }
      case 'session': {
        const volunteerIds = (await all('people')).slice(0, o.volunteers).map((p) => p.id);
        await logSession(
          db,
          {
            session: {
              activityId: activity.id,
              date: o.date,
              durationMinutes: 90,
              participants: o.participants,
            },
            volunteerIds,
            volunteerMinutes: 120,
            kind: 'peerSupport',
          },
          clock,
        );
        break;
      }
      case 'editSession':
      case 'trashSession': {
        const s = nth(await all('sessions'), o.pick);
        if (!s) break;
        if (o.op === 'trashSession') await sessions.softDelete(s.id);
        else await sessions.update(s.id, { participants: o.participants, newParticipants: 0 });
        break;
      }
      case 'fee': {
        const p = nth(await all('people'), o.pick);
        if (p)
          await fees.create({ personId: p.id, year: o.year, amountCents: 2500, paidOn: o.paidOn });
        break;
      }
      case 'payFee':
      case 'unpayFee':
      case 'trashFee':
      case 'restoreFee': {
        const f = nth(await all('fees'), o.pick);
        if (!f) break;
        if (o.op === 'payFee') await fees.update(f.id, { paidOn: o.paidOn });
        else if (o.op === 'unpayFee') await fees.update(f.id, { paidOn: undefined });
        else if (o.op === 'trashFee') await fees.softDelete(f.id);
        else await fees.restore(f.id);
        break;
      }
      case 'merge': {
        const other = generateDemoDataset({ seed: o.seed, today: '2026-11-15', people: 8 });
        await applyMerge(db, mergeDatasets(await readDataset(db), other));
        break;
      }
      case 'replace':
        await replaceDataset(
          db,
          generateDemoDataset({ seed: o.seed, today: '2026-11-15', people: 8 }),
        );
        break;
    }
  }
}

describe('rollups kept on write', () => {
  it('equal a full recomputation after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        const db = openDb();
        await run(db, ops);
        await expectRollupsExact(db);
        await db.delete();
      }),
      { numRuns: 40 },
    );
  });

  it('are removed when their last record goes, so no empty row is left', async () => {
    const db = openDb();
    const p = await new Repository(db, 'people', clock).create({
      fullName: 'Bo Åkerblom',
      homeMunicipality: 'Vaasa',
      membership: 'regular',
      joinedOn: '2026-02-01',
    });
    const hours = new Repository(db, 'hours', clock);
    const h = await hours.create({
      personId: p.id,
      date: '2026-03-04',
      minutes: 90,
      kind: 'board',
    });
    expect(await db.rollupsOf('hourRollups').count()).toBe(1);
    await hours.softDelete(h.id);
    expect(await db.rollupsOf('hourRollups').count()).toBe(0);
    expect(await db.rollupsOf('volunteerRollups').count()).toBe(0);
    await hours.restore(h.id);
    const [row] = await db.rollupsOf('hourRollups').toArray();
    expect(row).toMatchObject({ month: '2026-03', kind: 'board', entries: 1, minutes: 90 });
    await db.tableOf('hours').delete(h.id);
    await db.tableOf('people').clear();
    for (const t of rollupTableNames) expect(await db.rollupsOf(t).count()).toBe(0);
  });

  it('a failed write changes no rollup (the transaction rolls back as a whole)', async () => {
    const db = openDb();
    const p = await new Repository(db, 'people', clock).create({
      fullName: 'Bo Åkerblom',
      homeMunicipality: 'Vaasa',
    });
    const hours = new Repository(db, 'hours', clock);
    await hours.create({ personId: p.id, date: '2026-03-04', minutes: 90, kind: 'board' });
    const before = await storedRollups(db);
    await expect(
      db.transaction('rw', db.tableOf('hours'), async () => {
        await hours.create({ personId: p.id, date: '2026-03-05', minutes: 30, kind: 'board' });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await storedRollups(db)).toEqual(before);
  });
});
