import { afterEach, describe, expect, it } from 'vitest';
import {
  Repository,
  TalkootDb,
  approveHours,
  editSession,
  hoursOfSession,
  logSession,
  previousSessionOfActivity,
  readDataset,
  restoreHourEntry,
  restoreSession,
  sessionForEdit,
  trashHourEntry,
  trashSession,
  updateHourEntry,
  type Clock,
  type SessionEdit,
} from '../../src/core/db';
import { expectRollupsExact } from './support/rollupsExact';
import {
  HourEditError,
  checkDuration,
  editedEntry,
  minutesAfterDefaultChange,
  sessionVolunteerMinutes,
} from '../../src/core/hours';
import { hourEntrySchema, type HourEntry } from '../../src/core/schemas';

let tick = 0;
const clock: Clock = () => new Date(Date.UTC(2026, 10, 1) + ++tick * 1000);
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

describe('checkDuration', () => {
  it('reads what volunteers type and refuses zero, over a day and what it cannot read', () => {
    expect(checkDuration('1,5')).toEqual({ minutes: 90, long: false });
    expect(checkDuration('1:30')).toEqual({ minutes: 90, long: false });
    expect(checkDuration('1,52')).toEqual({ minutes: 91, long: false });
    expect(checkDuration('12')).toEqual({ minutes: 720, long: true });
    // The schema's limits: a whole day is the most an entry holds.
    expect(checkDuration('24:00')).toEqual({ minutes: 1440, long: true });
    expect(checkDuration('24:01')).toEqual({ problem: 'tooLong' });
    expect(checkDuration('0')).toEqual({ problem: 'zero' });
    expect(checkDuration('puolitoista')).toEqual({ problem: 'unreadable' });
  });
});

describe('editedEntry', () => {
  it('changes only the given fields and stamps updatedAt; nothing changed gives null', () => {
    const e = entry({ note: 'vanha' });
    const got = editedEntry(e, { minutes: 60, note: undefined }, { nowIso: now })!;
    expect(got).toMatchObject({ id: e.id, minutes: 60, updatedAt: now, createdAt: created });
    expect('note' in got).toBe(false);
    expect(editedEntry(e, { minutes: 90 }, { nowIso: now })).toBeNull();
  });

  it('an approved entry that changes waits again, noting who changed it and when', () => {
    const e = entry({ approved: true, approvedBy: 'Pekka', approvedAt: created });
    expect(() => editedEntry(e, { minutes: 60 }, { nowIso: now })).toThrow(HourEditError);
    const got = editedEntry(e, { minutes: 60 }, { nowIso: now, changedBy: '  Åsa  Öhman ' })!;
    expect(got.approved).toBe(false);
    expect('approvedBy' in got || 'approvedAt' in got).toBe(false);
    expect(got).toMatchObject({ changedAfterApprovalBy: 'Åsa Öhman', changedAfterApprovalAt: now });
    expect(hourEntrySchema.safeParse(got).success).toBe(true);
    // Saving it unchanged asks nobody and keeps the approval.
    expect(editedEntry(e, { minutes: 90 }, { nowIso: now })).toBeNull();
  });
});

describe('the default time of a session', () => {
  it('entries with the old default follow a new one; those that differed keep theirs', () => {
    expect(minutesAfterDefaultChange(60, 60, 90)).toBe(90);
    expect(minutesAfterDefaultChange(120, 60, 90)).toBe(120);
    expect(minutesAfterDefaultChange(120, 60, 90, 30)).toBe(30);
  });
  it('is the one logged, else the most common time of its entries, else the meeting', () => {
    expect(sessionVolunteerMinutes({ durationMinutes: 90, volunteerMinutes: 120 }, [])).toBe(120);
    expect(
      sessionVolunteerMinutes({ durationMinutes: 90 }, [
        { minutes: 60 },
        { minutes: 30 },
        { minutes: 30 },
      ]),
    ).toBe(30);
    expect(sessionVolunteerMinutes({ durationMinutes: 90 }, [])).toBe(90);
  });
});

const opened: TalkootDb[] = [];
function openDb(): TalkootDb {
  const db = new TalkootDb(`hour-edits-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function setup() {
  const db = openDb();
  const people = new Repository(db, 'people', clock);
  const [a, b, c] = await Promise.all(
    ['Anna', 'Bertil', 'Cecilia'].map((fullName) =>
      people.create({ fullName, homeMunicipality: 'Vaasa', membership: 'regular' }),
    ),
  );
  const activity = await new Repository(db, 'activities', clock).create({
    name: 'Vertaisryhmä',
    type: 'peerSupportGroup',
  });
  const logged = await logSession(
    db,
    {
      session: {
        activityId: activity.id,
        date: '2026-11-02',
        durationMinutes: 90,
        participants: 8,
        newParticipants: 1,
        countMethod: 'counted',
      },
      volunteerIds: [a!.id, b!.id],
      volunteerMinutes: 60,
      ownMinutes: { [a!.id]: 120 },
      kind: 'peerSupport',
    },
    clock,
  );
  return { db, a: a!, b: b!, c: c!, activity, logged };
}

const minutesBy = (entries: HourEntry[]) =>
  Object.fromEntries(entries.map((h) => [h.personId, h.minutes]));

describe('logSession with per-volunteer times', () => {
  it('gives each volunteer their own time or the default, and keeps the default on the session', async () => {
    const { db, a, b, logged } = await setup();
    expect(minutesBy(logged.hours)).toEqual({ [a.id]: 120, [b.id]: 60 });
    expect(logged.session).toMatchObject({ volunteerMinutes: 60, volunteers: 2 });
    await expectRollupsExact(db);
  });

  it('the next meeting is prefilled with the default time, not the first volunteer’s own', async () => {
    const { db, a, b, activity } = await setup();
    const prev = (await previousSessionOfActivity(db, activity.id))!;
    expect(prev.minutes).toBe(60);
    expect(new Set(prev.volunteerIds)).toEqual(new Set([a.id, b.id]));
  });
});

describe('editSession', () => {
  const baseEdit = (s: Awaited<ReturnType<typeof setup>>): SessionEdit => ({
    activityId: s.activity.id,
    date: '2026-11-03',
    durationMinutes: 120,
    participants: 10,
    newParticipants: 2,
    countMethod: 'counted',
    volunteerMinutes: 90,
    volunteers: [{ personId: s.a.id }, { personId: s.c.id }],
    kind: 'peerSupport',
  });

  it('moves every entry with the session, applies the default rule, adds and trashes volunteers in one go', async () => {
    const s = await setup();
    const result = await editSession(s.db, s.logged.session.id, baseEdit(s), undefined, clock);
    expect(result.session).toMatchObject({
      date: '2026-11-03',
      volunteers: 2,
      volunteerMinutes: 90,
    });
    const live = await hoursOfSession(s.db, s.logged.session.id);
    // Anna had her own 2 h and keeps it; Cecilia is new and gets the default; Bertil is removed.
    expect(minutesBy(live)).toEqual({ [s.a.id]: 120, [s.c.id]: 90 });
    for (const h of live) expect(h).toMatchObject({ date: '2026-11-03', participantsReached: 10 });
    expect(result.trashed.map((h) => h.personId)).toEqual([s.b.id]);
    await expectRollupsExact(s.db);
  });

  it('an own time given by the user wins over the rule', async () => {
    const s = await setup();
    await editSession(
      s.db,
      s.logged.session.id,
      { ...baseEdit(s), volunteers: [{ personId: s.a.id, minutes: 45 }, { personId: s.b.id }] },
      undefined,
      clock,
    );
    const live = await hoursOfSession(s.db, s.logged.session.id);
    expect(minutesBy(live)).toEqual({ [s.a.id]: 45, [s.b.id]: 90 });
  });

  it('an approved entry that would change needs a name, and then loses its approval with a note', async () => {
    const s = await setup();
    await approveHours(
      s.db,
      s.logged.hours.map((h) => h.id),
      'Pekka',
      clock,
    );
    const before = await readDataset(s.db);
    await expect(
      editSession(s.db, s.logged.session.id, baseEdit(s), undefined, clock),
    ).rejects.toThrow(HourEditError);
    // Nothing half-saved.
    expect(await readDataset(s.db)).toEqual(before);
    await editSession(s.db, s.logged.session.id, baseEdit(s), 'Åsa', clock);
    const anna = (await hoursOfSession(s.db, s.logged.session.id)).find(
      (h) => h.personId === s.a.id,
    )!;
    expect(anna).toMatchObject({ approved: false, changedAfterApprovalBy: 'Åsa' });
    await expectRollupsExact(s.db);
  });

  it('the form reads the session with its entries and names', async () => {
    const s = await setup();
    const got = (await sessionForEdit(s.db, s.logged.session.id))!;
    expect(got.entries).toHaveLength(2);
    expect(got.people.get(s.a.id)).toBe('Anna');
  });
});

describe('trash and undo', () => {
  it('a session goes to the trash with its entries and comes back with exactly them', async () => {
    const s = await setup();
    const [first, second] = s.logged.hours;
    await trashHourEntry(s.db, second!.id, clock);
    expect((await s.db.tableOf('sessions').get(s.logged.session.id))!.volunteers).toBe(1);
    await expectRollupsExact(s.db);

    expect(await trashSession(s.db, s.logged.session.id, clock)).toEqual({ entries: 1 });
    expect(await sessionForEdit(s.db, s.logged.session.id)).toBeNull();
    expect(await hoursOfSession(s.db, s.logged.session.id)).toEqual([]);
    await expectRollupsExact(s.db);

    await restoreSession(s.db, s.logged.session.id, clock);
    const back = await hoursOfSession(s.db, s.logged.session.id);
    // The entry trashed on its own before stays in the trash.
    expect(back.map((h) => h.id)).toEqual([first!.id]);
    await expectRollupsExact(s.db);

    await restoreHourEntry(s.db, second!.id, clock);
    expect((await s.db.tableOf('sessions').get(s.logged.session.id))!.volunteers).toBe(2);
    await expectRollupsExact(s.db);
  });
});

describe('updateHourEntry', () => {
  it('corrects a mistyped entry, its figures follow, and an approved one asks for a name', async () => {
    const s = await setup();
    const id = s.logged.hours[1]!.id;
    await updateHourEntry(s.db, id, { minutes: 30 }, undefined, clock);
    expect((await s.db.tableOf('hours').get(id))!.minutes).toBe(30);
    await expectRollupsExact(s.db);
    expect(await updateHourEntry(s.db, id, { minutes: 30 }, undefined, clock)).toBeNull();

    await approveHours(s.db, [id], 'Pekka', clock);
    await expect(updateHourEntry(s.db, id, { minutes: 45 }, undefined, clock)).rejects.toThrow(
      HourEditError,
    );
    expect((await s.db.tableOf('hours').get(id))!).toMatchObject({ minutes: 30, approved: true });
    await updateHourEntry(s.db, id, { minutes: 45 }, 'Åsa', clock);
    expect((await s.db.tableOf('hours').get(id))!).toMatchObject({
      minutes: 45,
      approved: false,
      changedAfterApprovalBy: 'Åsa',
    });
    await expectRollupsExact(s.db);
  });
});
