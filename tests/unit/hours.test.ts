import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSession, readDataset, Repository, TalkootDb } from '../../src/core/db';
import { kindForActivity, minutesToHhmm, parseDuration } from '../../src/core/hours';

describe('parseDuration', () => {
  it.each([
    ['1:30', 90],
    ['0:45', 45],
    ['1,5', 90],
    ['1.5', 90],
    ['2', 120],
    ['2 h', 120],
    ['2h', 120],
    ['1,25 tuntia', 75],
    ['90 min', 90],
    ['90min', 90],
    ['1 h 30 min', 90],
    ['1h30', 90],
    ['  3:05 ', 185],
  ])('reads %s as %i minutes', (input, minutes) => {
    expect(parseDuration(input)).toBe(minutes);
  });

  it.each(['', 'abc', '1:75', '1,5,5', '-1', '1:3', 'h'])('refuses %s', (input) => {
    expect(parseDuration(input)).toBeNull();
  });

  it('reads back what minutesToHhmm writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 24 * 60 }),
        (m) => parseDuration(minutesToHhmm(m)) === m,
      ),
    );
  });
});

describe('kindForActivity', () => {
  it('maps activity types to the usual kind of work', () => {
    expect(kindForActivity('peerSupportGroup')).toBe('peerSupport');
    expect(kindForActivity('boardWork')).toBe('board');
    expect(kindForActivity(undefined)).toBe('volunteering');
  });
});

describe('logSession', () => {
  async function setup(name: string) {
    const db = new TalkootDb(name);
    const people = new Repository(db, 'people');
    const a = await people.create({ fullName: 'Åsa Öhman', homeMunicipality: 'Tampere' });
    const b = await people.create({ fullName: 'Väinö Mäkelä', homeMunicipality: 'Nokia' });
    const c = await people.create({ fullName: 'Päivi Räsänen', homeMunicipality: 'Tampere' });
    const activity = await new Repository(db, 'activities').create({
      name: 'Sydänkahvila',
      type: 'peerSupportGroup',
    });
    return { db, ids: [a.id, b.id, c.id], activity };
  }

  it('saves the session and one hour entry per volunteer, linked together', async () => {
    const { db, ids, activity } = await setup('log-session-ok');
    const result = await logSession(db, {
      session: {
        activityId: activity.id,
        date: '2026-11-17',
        durationMinutes: 120,
        participants: 9,
        newParticipants: 1,
      },
      volunteerIds: ids,
      volunteerMinutes: 150,
      kind: 'peerSupport',
    });
    const data = await readDataset(db);
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions[0]!.volunteers).toBe(3);
    expect(data.hours).toHaveLength(3);
    for (const h of data.hours) {
      expect(h).toMatchObject({
        sessionId: result.session.id,
        activityId: activity.id,
        date: '2026-11-17',
        minutes: 150,
        participantsReached: 9,
      });
    }
    expect(new Set(data.hours.map((h) => h.personId))).toEqual(new Set(ids));
  });

  it('writes nothing when any part is invalid', async () => {
    const { db, ids, activity } = await setup('log-session-bad');
    await expect(
      logSession(db, {
        session: {
          activityId: activity.id,
          date: '2026-11-17',
          durationMinutes: 120,
          participants: 9,
        },
        volunteerIds: ids,
        volunteerMinutes: 0, // hour entries must be positive
        kind: 'peerSupport',
      }),
    ).rejects.toThrow();
    const data = await readDataset(db);
    expect(data.sessions).toHaveLength(0);
    expect(data.hours).toHaveLength(0);
  });
});
