import { describe, expect, it } from 'vitest';
import { figuresByActivity, isMemberOn, periodFigures, yearPeriod } from '../../src/core/figures';
import { emptyDataset, type Dataset } from '../../src/core/schemas';

const t = '2026-01-01T00:00:00.000Z';
const base = { createdAt: t, updatedAt: t, deletedAt: null };
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function person(n: number, over: Record<string, unknown> = {}) {
  return {
    ...base,
    id: uuid(n),
    fullName: `Henkilö ${n}`,
    homeMunicipality: 'Tampere',
    languages: [],
    membership: 'regular',
    consents: { emailContact: false, nameInPublicMaterials: false },
    ...over,
  };
}

function data(): Dataset {
  const d = emptyDataset();
  d.profile.push({
    ...base,
    id: uuid(900),
    name: 'Testiyhdistys ry',
    homeMunicipality: 'Tampere',
    fiscalYearStartMonth: 1,
    hourValueCents: 1800,
    hourValueSource: 'oma arvio',
    defaultLanguage: 'fi',
  } as never);
  d.people.push(
    person(1, { joinedOn: '2020-05-01' }) as never,
    person(2, { joinedOn: '2026-03-01' }) as never,
    person(3, { joinedOn: '2019-01-01', leftOn: '2026-06-30' }) as never,
    person(4, { membership: 'none' }) as never,
    person(5, { joinedOn: '2026-02-01', deletedAt: t }) as never,
  );
  d.activities.push(
    {
      ...base,
      id: uuid(100),
      name: 'Vertaisryhmä',
      type: 'peerSupportGroup',
      themes: [],
      partners: [],
      grantIds: [],
    } as never,
    {
      ...base,
      id: uuid(101),
      name: 'Hallitus',
      type: 'boardWork',
      themes: [],
      partners: [],
      grantIds: [],
    } as never,
  );
  const session = (n: number, date: string, participants: number, activity = 100) =>
    ({
      ...base,
      id: uuid(200 + n),
      activityId: uuid(activity),
      date,
      durationMinutes: 90,
      participants,
      newParticipants: 0,
      volunteers: 1,
      countMethod: 'counted',
    }) as never;
  d.sessions.push(
    session(1, '2025-12-31', 50),
    session(2, '2026-01-01', 7),
    session(3, '2026-12-31', 8),
    session(4, '2026-05-05', 100),
  );
  (d.sessions[3] as { deletedAt: string | null }).deletedAt = t;
  const hour = (
    n: number,
    personN: number,
    date: string,
    minutes: number,
    kind: string,
    activity?: number,
  ) =>
    ({
      ...base,
      id: uuid(300 + n),
      personId: uuid(personN),
      activityId: activity ? uuid(activity) : undefined,
      date,
      minutes,
      kind,
      approved: false,
    }) as never;
  d.hours.push(
    hour(1, 1, '2025-12-31', 600, 'peerSupport', 100),
    hour(2, 1, '2026-01-01', 90, 'peerSupport', 100),
    hour(3, 4, '2026-07-15', 45, 'volunteering', 100),
    hour(4, 2, '2026-12-31', 125, 'board', 101),
  );
  return d;
}

describe('periodFigures', () => {
  it('counts a calendar year exactly, to the day and the minute', () => {
    const f = periodFigures(data(), yearPeriod(2026));
    expect(f.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(f.volunteerMinutes).toBe(90 + 45 + 125);
    expect(f.minutesByKind).toMatchObject({
      peerSupport: 90,
      volunteering: 45,
      board: 125,
      advocacy: 0,
    });
    expect(f.volunteers).toBe(3);
    expect(f.sessions).toBe(2); // the deleted session and last year's do not count
    expect(f.participants).toBe(15);
    expect(f.membersAtEnd).toBe(2); // person 3 left, 4 is not a member, 5 is in the trash
    expect(f.joined).toBe(1);
    expect(f.left).toBe(1);
    expect(f.volunteerValueCents).toBe(Math.round((260 * 1800) / 60));
    expect(f.hourValueSource).toBe('oma arvio');
  });

  it('stops a current year at today', () => {
    expect(yearPeriod(2026, '2026-11-22')).toEqual({ from: '2026-01-01', to: '2026-11-22' });
    expect(yearPeriod(2025, '2026-11-22')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    const f = periodFigures(data(), yearPeriod(2026, '2026-11-22'));
    expect(f.volunteerMinutes).toBe(135);
    expect(f.sessions).toBe(1);
  });

  it('gives zeros for an empty database', () => {
    const f = periodFigures(emptyDataset(), yearPeriod(2026));
    expect(f).toMatchObject({
      membersAtEnd: 0,
      volunteerMinutes: 0,
      sessions: 0,
      volunteerValueCents: 0,
      hourValueCents: 1500,
    });
  });
});

describe('isMemberOn', () => {
  it('counts joining day as member and leaving day as not', () => {
    const p = person(9, { joinedOn: '2026-03-01', leftOn: '2026-06-30' }) as never;
    expect(isMemberOn(p, '2026-02-28')).toBe(false);
    expect(isMemberOn(p, '2026-03-01')).toBe(true);
    expect(isMemberOn(p, '2026-06-29')).toBe(true);
    expect(isMemberOn(p, '2026-06-30')).toBe(false);
  });
});

describe('figuresByActivity', () => {
  it('sums sessions, participants and minutes per activity', () => {
    const rows = figuresByActivity(data(), yearPeriod(2026));
    expect(rows).toEqual([
      {
        activityId: uuid(101),
        name: 'Hallitus',
        sessions: 0,
        participants: 0,
        volunteerMinutes: 125,
      },
      {
        activityId: uuid(100),
        name: 'Vertaisryhmä',
        sessions: 2,
        participants: 15,
        volunteerMinutes: 135,
      },
    ]);
  });
});
