import { describe, expect, it } from 'vitest';
import {
  activitiesToLog,
  isActivityRunningOn,
  matchesStatus,
  runsAfter,
} from '../../src/core/activities';

const a = (over: {
  id?: string;
  name?: string;
  startedOn?: string;
  endedOn?: string;
  deletedAt?: string;
}) => ({
  id: over.id ?? over.name ?? 'x',
  name: over.name ?? 'x',
  ...over,
});

describe('an activity running on a date', () => {
  it.each([
    [{}, '2026-05-01', true],
    [{ startedOn: '2026-05-01' }, '2026-04-30', false],
    [{ startedOn: '2026-05-01' }, '2026-05-01', true],
    [{ endedOn: '2026-05-01' }, '2026-05-01', true], // its last day
    [{ endedOn: '2026-05-01' }, '2026-05-02', false],
    [{ endedOn: '2026-12-31' }, '2026-05-02', true], // ends later: still running
    [{ startedOn: '2026-01-01', endedOn: '2026-01-31' }, '2026-01-15', true],
  ])('%j on %s → %s', (activity, date, running) => {
    expect(isActivityRunningOn(activity, date)).toBe(running);
  });

  it('the Activities page filter and the forms agree', () => {
    const ends = { endedOn: '2026-05-01' };
    for (const date of ['2026-04-30', '2026-05-01', '2026-05-02']) {
      const listed = matchesStatus(ends, 'active', date);
      const offered = activitiesToLog([a({ name: 'Kerho', ...ends })], date, 'fi').length === 1;
      expect([date, listed]).toEqual([date, offered]);
      expect(matchesStatus(ends, 'ended', date)).toBe(!listed);
      expect(matchesStatus(ends, 'all', date)).toBe(true);
    }
  });

  it('can still be ended today only when it runs after today', () => {
    expect(runsAfter({}, '2026-05-01')).toBe(true);
    expect(runsAfter({ endedOn: '2026-05-01' }, '2026-05-01')).toBe(false);
    expect(runsAfter({ endedOn: '2026-05-02' }, '2026-05-01')).toBe(true);
  });
});

describe('the activities a form offers', () => {
  const list = [
    a({ name: 'Öljyvärit' }),
    a({ name: 'Avanto', endedOn: '2026-03-31' }),
    a({ name: 'Kerho' }),
    a({ name: 'Poistettu', deletedAt: '2026-01-01T00:00:00.000Z' }),
    a({ name: 'Tuleva', startedOn: '2026-09-01' }),
  ];
  it('are those running on the day, by name, plus the one the record has', () => {
    expect(activitiesToLog(list, '2026-03-31', 'fi').map((x) => x.name)).toEqual([
      'Avanto',
      'Kerho',
      'Öljyvärit',
    ]);
    expect(activitiesToLog(list, '2026-04-01', 'fi').map((x) => x.name)).toEqual([
      'Kerho',
      'Öljyvärit',
    ]);
    expect(activitiesToLog(list, '2026-09-01', 'fi', 'Avanto').map((x) => x.name)).toEqual([
      'Avanto',
      'Kerho',
      'Tuleva',
      'Öljyvärit',
    ]);
  });
});
