import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  Repository,
  TalkootDb,
  ValidationError,
  approveHours,
  approveHoursMatching,
  readDataset,
  unapproveHours,
  type Clock,
} from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import {
  ApprovalError,
  approveEntries,
  approvedOn,
  countApproval,
  filterHours,
  matchesApproval,
  normaliseApproverName,
  unapproveEntries,
} from '../../src/core/hours';
import { hourEntrySchema, type HourEntry } from '../../src/core/schemas';

const created = '2026-10-01T08:00:00.000Z';
const now = '2026-11-23T12:00:00.000Z';

function entry(over: Partial<HourEntry> = {}): HourEntry {
  return hourEntrySchema.parse({
    id: crypto.randomUUID(),
    createdAt: created,
    updatedAt: created,
    personId: crypto.randomUUID(),
    date: '2026-11-02',
    minutes: 90,
    kind: 'volunteering',
    ...over,
  });
}

const approvedEarlier = () =>
  entry({ approved: true, approvedBy: 'Pekka Lehtonen', approvedAt: '2026-11-05T10:00:00.000Z' });

describe('approveEntries', () => {
  it('approves pending entries with the trimmed name and the time, as valid records', () => {
    const pending = [entry(), entry({ minutes: 30 })];
    const got = approveEntries(pending, '  Marjatta   Virtanen ', now);
    expect(got).toHaveLength(2);
    for (const [i, h] of got.entries()) {
      expect(h).toMatchObject({
        id: pending[i]!.id,
        minutes: pending[i]!.minutes,
        approved: true,
        approvedBy: 'Marjatta Virtanen',
        approvedAt: now,
        updatedAt: now,
        createdAt: created,
      });
      expect(hourEntrySchema.safeParse(h).success).toBe(true);
    }
    // The inputs are copies, not changed in place.
    expect(pending[0]!.approved).toBe(false);
    expect(pending[0]!.updatedAt).toBe(created);
  });

  it('skips entries already approved (keeping their approver) and entries in the trash', () => {
    const earlier = approvedEarlier();
    const trashed = entry({ deletedAt: '2026-11-10T09:00:00.000Z' });
    const pending = entry();
    const got = approveEntries([earlier, trashed, pending], 'Maija Mäkinen', now);
    expect(got.map((h) => h.id)).toEqual([pending.id]);
    expect(earlier.approvedBy).toBe('Pekka Lehtonen');
  });

  it('refuses an empty or too long name and a bad time, naming the problem', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ApprovalError ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => approveEntries([entry()], '   ', now))).toBe('approverRequired');
    expect(code(() => approveEntries([entry()], 'x'.repeat(201), now))).toBe('approverTooLong');
    expect(code(() => approveEntries([entry()], 'x'.repeat(200), now))).toBe('none');
    expect(code(() => approveEntries([entry()], 'Maija', '23.11.2026'))).toBe('badTime');
    expect(code(() => normaliseApproverName('\t\n'))).toBe('approverRequired');
  });
});

describe('unapproveEntries', () => {
  it('removes the approver and time from approved entries and skips the rest', () => {
    const earlier = approvedEarlier();
    const trashed = { ...approvedEarlier(), deletedAt: '2026-11-10T09:00:00.000Z' };
    const got = unapproveEntries([earlier, entry(), trashed], now);
    expect(got).toHaveLength(1);
    const [h] = got;
    expect(h!.id).toBe(earlier.id);
    expect(h!.approved).toBe(false);
    expect(h!.updatedAt).toBe(now);
    expect('approvedBy' in h!).toBe(false);
    expect('approvedAt' in h!).toBe(false);
    expect(hourEntrySchema.safeParse(h).success).toBe(true);
    expect(earlier.approvedBy).toBe('Pekka Lehtonen');
  });
});

describe('counting and filtering by approval', () => {
  it('counts approved and waiting entries with their minutes, leaving out the trash', () => {
    const list = [
      approvedEarlier(),
      entry({ minutes: 45 }),
      entry({ minutes: 15 }),
      entry({ minutes: 600, deletedAt: '2026-11-10T09:00:00.000Z' }),
    ];
    expect(countApproval(list)).toEqual({
      approved: 1,
      pending: 2,
      approvedMinutes: 90,
      pendingMinutes: 60,
    });
    expect(countApproval([])).toEqual({
      approved: 0,
      pending: 0,
      approvedMinutes: 0,
      pendingMinutes: 0,
    });
  });

  it('filters the demo hour list into two parts that together are the whole list', () => {
    const data = generateDemoDataset({ today: '2026-11-22' });
    const all = filterHours(data, {});
    const approved = filterHours(data, { approval: 'approved' });
    const pending = filterHours(data, { approval: 'pending' });
    expect(approved.length).toBeGreaterThan(0);
    expect(pending.length).toBeGreaterThan(0);
    expect(approved.every((h) => h.approved)).toBe(true);
    expect(pending.every((h) => !h.approved)).toBe(true);
    expect(approved.length + pending.length).toBe(all.length);
    expect(countApproval(all)).toMatchObject({
      approved: approved.length,
      pending: pending.length,
    });
    expect(matchesApproval({ approved: true }, null)).toBe(true);
    expect(matchesApproval({ approved: true }, 'pending')).toBe(false);
  });

  it('gives the day of approval, or null when not approved', () => {
    expect(approvedOn({ approved: true, approvedAt: '2026-11-23T12:00:00.000Z' })).toBe(
      '2026-11-23',
    );
    expect(approvedOn({ approved: false, approvedAt: '2026-11-23T12:00:00.000Z' })).toBeNull();
    expect(approvedOn({ approved: true })).toBeNull();
  });
});

describe('approveHours / unapproveHours (database)', () => {
  let db: TalkootDb;
  let clockNow = created;
  const clock: Clock = () => new Date(clockNow);

  beforeEach(async () => {
    clockNow = created;
    db = new TalkootDb(`hour-approval-test-${crypto.randomUUID()}`);
    await db.open();
  });

  afterEach(async () => {
    await db.delete();
  });

  async function seed() {
    const people = new Repository(db, 'people', clock);
    const anna = await people.create({ fullName: 'Anna Virtanen', homeMunicipality: 'Tampere' });
    const hours = new Repository(db, 'hours', clock);
    const a = await hours.create({
      personId: anna.id,
      date: '2026-11-01',
      minutes: 120,
      kind: 'peerSupport',
    });
    const b = await hours.create({
      personId: anna.id,
      date: '2026-11-08',
      minutes: 60,
      kind: 'board',
    });
    const earlier = await hours.create({
      personId: anna.id,
      date: '2026-10-01',
      minutes: 30,
      kind: 'board',
      approved: true,
      approvedBy: 'Pekka Lehtonen',
      approvedAt: '2026-10-15T10:00:00.000Z',
    });
    const trashed = await hours.create({
      personId: anna.id,
      date: '2026-11-09',
      minutes: 45,
      kind: 'other',
    });
    await hours.softDelete(trashed.id);
    return { a, b, earlier, trashed };
  }

  const stored = async (id: string) => (await db.tableOf('hours').get(id))!;

  it('approves the listed entries, stamps updatedAt and keeps them after reopening', async () => {
    const { a, b, earlier, trashed } = await seed();
    clockNow = now;
    const changed = await approveHours(
      db,
      [a.id, b.id, earlier.id, trashed.id, crypto.randomUUID()],
      ' Marjatta Virtanen ',
      clock,
    );
    expect(changed.map((h) => h.id).sort()).toEqual([a.id, b.id].sort());

    db.close();
    await db.open();
    for (const id of [a.id, b.id]) {
      expect(await stored(id)).toMatchObject({
        approved: true,
        approvedBy: 'Marjatta Virtanen',
        approvedAt: now,
        updatedAt: now,
        createdAt: created,
      });
    }
    expect(await stored(earlier.id)).toMatchObject({
      approvedBy: 'Pekka Lehtonen',
      approvedAt: '2026-10-15T10:00:00.000Z',
      updatedAt: created,
    });
    expect(await stored(trashed.id)).toMatchObject({ approved: false });
    const data = await readDataset(db);
    expect(countApproval(data.hours)).toEqual({
      approved: 3,
      pending: 0,
      approvedMinutes: 210,
      pendingMinutes: 0,
    });
  });

  it('approves by filter in one go: only the waiting live entries the list shows', async () => {
    const { a, b, earlier, trashed } = await seed();
    const other = await new Repository(db, 'hours', clock).create({
      personId: crypto.randomUUID(),
      date: '2026-11-03',
      minutes: 15,
      kind: 'board',
    });
    clockNow = now;
    const changed = await approveHoursMatching(
      db,
      { personId: a.personId, from: '2026-10-01', to: '2026-11-30', approval: 'approved' },
      ' Maija  Mäkinen',
      clock,
    );
    // The approval state of the filter does not matter: only waiting entries change.
    expect(changed.map((h) => h.id).sort()).toEqual([a.id, b.id].sort());
    for (const id of [a.id, b.id])
      expect(await stored(id)).toMatchObject({ approvedBy: 'Maija Mäkinen', approvedAt: now });
    expect(await stored(earlier.id)).toMatchObject({ approvedBy: 'Pekka Lehtonen' });
    expect((await stored(trashed.id)).approved).toBe(false);
    expect((await stored(other.id)).approved).toBe(false);

    // A board-only filter over everyone: the other person's entry, nothing of Anna's left.
    const board = await approveHoursMatching(db, { kind: 'board' }, 'Maija', clock);
    expect(board.map((h) => h.id)).toEqual([other.id]);
    await expect(approveHoursMatching(db, {}, ' ', clock)).rejects.toMatchObject({
      code: 'approverRequired',
    });
  });

  it('unapproves by removing the approver fields from the stored rows', async () => {
    const { a, earlier } = await seed();
    clockNow = now;
    const changed = await unapproveHours(db, [a.id, earlier.id], clock);
    expect(changed.map((h) => h.id)).toEqual([earlier.id]);
    const row = await stored(earlier.id);
    expect(row.approved).toBe(false);
    expect(row.updatedAt).toBe(now);
    expect(Object.keys(row)).not.toContain('approvedBy');
    expect(Object.keys(row)).not.toContain('approvedAt');
    expect((await stored(a.id)).updatedAt).toBe(created);
  });

  it('writes all or nothing: one invalid row leaves every row as it was', async () => {
    const { a, b } = await seed();
    // A row written by an older version that no longer passes the schema.
    const broken = { ...(await stored(b.id)), id: crypto.randomUUID(), minutes: 0 };
    await db.tableOf('hours').put(broken);
    clockNow = now;
    await expect(approveHours(db, [a.id, broken.id], 'Maija', clock)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await stored(a.id)).toMatchObject({ approved: false, updatedAt: created });
  });

  it('refuses an empty approver name without writing anything', async () => {
    const { a } = await seed();
    await expect(approveHours(db, [a.id], '  ', clock)).rejects.toMatchObject({
      code: 'approverRequired',
    });
    expect((await stored(a.id)).approved).toBe(false);
  });
});
