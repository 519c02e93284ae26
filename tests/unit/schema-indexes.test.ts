import { afterEach, describe, expect, it } from 'vitest';
import { Repository, TalkootDb, type Clock } from '../../src/core/db';

// The indexes the query functions in src/core/db/queries read by, declared in
// the current schema history: each answers a range read with exactly the rows
// in range (a misdeclared or missing index fails here, not on a page).

const clock: Clock = () => new Date('2026-11-22T08:00:00.000Z');

const opened: TalkootDb[] = [];
/** A database with a name no other test uses, closed and deleted after the test. */
function openDb(name: string): TalkootDb {
  const db = new TalkootDb(name);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('the compound and date indexes of the current schema', () => {
  it('answer range reads of hours by [personId+date], [activityId+date] and [grantId+date], and of sessions by date and [activityId+date], with exactly the rows in range', async () => {
    const db = openDb(`indexes-${crypto.randomUUID()}`);
    const people = new Repository(db, 'people', clock);
    const activities = new Repository(db, 'activities', clock);
    const sessions = new Repository(db, 'sessions', clock);
    const hours = new Repository(db, 'hours', clock);
    const grantId = crypto.randomUUID();

    const anna = await people.create({ fullName: 'Anna', homeMunicipality: 'Lahti' });
    const bo = await people.create({ fullName: 'Bo', homeMunicipality: 'Lahti' });
    const group = await activities.create({ name: 'Vertaisryhmä', type: 'peerSupportGroup' });
    const board = await activities.create({ name: 'Hallitus', type: 'boardWork' });
    for (const date of ['2025-12-30', '2026-01-15', '2026-02-12', '2026-03-12', '2027-01-02']) {
      await sessions.create({ activityId: group.id, date, durationMinutes: 90, participants: 8 });
    }
    const entries = [
      { personId: anna.id, activityId: group.id, date: '2025-12-30', grantId },
      { personId: anna.id, activityId: group.id, date: '2026-01-15', grantId },
      { personId: anna.id, activityId: board.id, date: '2026-06-01' },
      { personId: anna.id, activityId: group.id, date: '2027-01-02', grantId },
      { personId: bo.id, activityId: group.id, date: '2026-02-12', grantId },
      { personId: bo.id, activityId: board.id, date: '2026-06-01' },
    ];
    for (const e of entries) await hours.create({ ...e, minutes: 120, kind: 'peerSupport' });

    const annas2026 = await db
      .tableOf('hours')
      .where('[personId+date]')
      .between([anna.id, '2026-01-01'], [anna.id, '2026-12-31'], true, true)
      .toArray();
    expect(annas2026.map((h) => h.date).sort()).toEqual(['2026-01-15', '2026-06-01']);

    const group2026 = await db
      .tableOf('hours')
      .where('[activityId+date]')
      .between([group.id, '2026-01-01'], [group.id, '2026-12-31'], true, true)
      .toArray();
    expect(group2026.map((h) => h.date).sort()).toEqual(['2026-01-15', '2026-02-12']);

    const q1 = await db
      .tableOf('sessions')
      .where('date')
      .between('2026-01-01', '2026-03-31', true, true)
      .toArray();
    expect(q1.map((s) => s.date).sort()).toEqual(['2026-01-15', '2026-02-12', '2026-03-12']);

    const byGrant = await db
      .tableOf('hours')
      .where('[grantId+date]')
      .between([grantId, ''], [grantId, '\uffff'])
      .count();
    expect(byGrant).toBe(4);

    const sessionsOfGroup = await db
      .tableOf('sessions')
      .where('[activityId+date]')
      .between([group.id, '2026-01-01'], [group.id, '2026-12-31'], true, true)
      .count();
    expect(sessionsOfGroup).toBe(3);
  });

  it('refuse a read by an index the history does not declare ([kind+date]), so the reads above prove their indexes exist', async () => {
    const db = openDb(`noindex-${crypto.randomUUID()}`);
    await db.open();
    await expect(
      db.tableOf('hours').where('[kind+date]').equals(['board', '2026-01-01']).toArray(),
    ).rejects.toThrow();
  });
});
