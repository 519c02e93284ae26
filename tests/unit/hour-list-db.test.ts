import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  Repository,
  TalkootDb,
  hourListPageWithNames,
  hourListWithNames,
  logSession,
  namesOfPeople,
  previousSessionOfActivity,
} from '../../src/core/db';

describe('hour list queries (database)', () => {
  let db: TalkootDb;

  beforeEach(async () => {
    db = new TalkootDb(`hour-list-test-${crypto.randomUUID()}`);
    await db.open();
  });

  afterEach(async () => {
    await db.delete();
  });

  async function seed() {
    const people = new Repository(db, 'people');
    const anna = await people.create({ fullName: 'Anna Virtanen', homeMunicipality: 'Tampere' });
    const ben = await people.create({ fullName: 'Ben Öhman', homeMunicipality: 'Espoo' });
    await people.softDelete(ben.id);
    const hours = new Repository(db, 'hours');
    for (const [personId, date] of [
      [anna.id, '2026-11-01'],
      [ben.id, '2026-11-03'],
      [anna.id, '2026-11-02'],
    ] as const)
      await hours.create({ personId, date, minutes: 60, kind: 'board' });
    return { anna, ben };
  }

  it('names the people of a page, the trash included, newest entry first', async () => {
    const { anna, ben } = await seed();
    const page = await hourListPageWithNames(db, {}, 0, 2);
    expect(page.entries.map((h) => h.date)).toEqual(['2026-11-03', '2026-11-02']);
    expect(page.people).toEqual(
      new Map([
        [ben.id, 'Ben Öhman'],
        [anna.id, 'Anna Virtanen'],
      ]),
    );
    const next = await hourListPageWithNames(db, {}, 2, 2);
    expect(next.entries.map((h) => h.date)).toEqual(['2026-11-01']);
    expect([...next.people.keys()]).toEqual([anna.id]);

    const all = await hourListWithNames(db, { personId: anna.id });
    expect(all.entries.map((h) => h.date)).toEqual(['2026-11-02', '2026-11-01']);
    expect(all.people).toEqual(new Map([[anna.id, 'Anna Virtanen']]));
    expect(await namesOfPeople(db, [crypto.randomUUID()])).toEqual(new Map());
  });

  it('finds the previous meeting of an activity and its volunteers', async () => {
    const { anna } = await seed();
    const group = await new Repository(db, 'activities').create({
      name: 'Vertaisryhmä',
      type: 'peerSupportGroup',
    });
    expect(await previousSessionOfActivity(db, group.id)).toBeNull();
    const session = (date: string, minutes: number) =>
      logSession(db, {
        session: {
          activityId: group.id,
          date,
          durationMinutes: 90,
          participants: 8,
          newParticipants: 0,
          countMethod: 'counted',
        },
        volunteerIds: [anna.id],
        volunteerMinutes: minutes,
        kind: 'peerSupport',
      });
    await session('2026-11-10', 120);
    await session('2026-10-10', 60);
    const prev = await previousSessionOfActivity(db, group.id);
    expect(prev).toMatchObject({
      session: { date: '2026-11-10', durationMinutes: 90, participants: 8 },
      volunteerIds: [anna.id],
      minutes: 120,
    });
  });
});
