import { describe, expect, it } from 'vitest';
import { backupsToDelete, backupsToKeep, type BackupStamp } from '../../src/core/backup/rotation';

// Local times, so the tests hold in any time zone (days and months are the user's own).
const at = (y: number, mo: number, d: number, h = 12, mi = 0) => new Date(y, mo - 1, d, h, mi);
const stamp = (date: Date): BackupStamp => ({ name: date.toISOString(), takenAt: date });
const names = (dates: Date[]) => dates.map((d) => d.toISOString());

/** One backup every `hours` hours going back from `from`, `count` of them. */
function every(hours: number, count: number, from: Date): Date[] {
  return Array.from({ length: count }, (_, i) => new Date(from.getTime() - i * hours * 3600_000));
}

describe('backup rotation: last 5, one a day for 14 days, one a month for 12 months', () => {
  it.each([
    { what: 'none', count: 0, kept: 0 },
    { what: 'fewer than 5 on one day', count: 4, kept: 4 },
    { what: 'exactly 5 on one day', count: 5, kept: 5 },
    { what: '6 on one day: the oldest goes', count: 6, kept: 5 },
    { what: '20 on one day', count: 20, kept: 5 },
  ])('$what → $kept kept', ({ count, kept }) => {
    const now = at(2026, 12, 1, 23, 0);
    const list = every(0.5, count, now).map(stamp);
    const keep = backupsToKeep(list, now);
    expect(keep.size).toBe(kept);
    // The kept ones are the newest.
    expect([...keep].sort().reverse()).toEqual(
      names(every(0.5, kept, now))
        .sort()
        .reverse(),
    );
  });

  it.each([
    { days: 13, kept: 13 },
    { days: 14, kept: 14 },
    { days: 15, kept: 14 + 0 },
    { days: 40, kept: 14 + 1 },
  ])('one a day for $days days (one backup a day at noon) → $kept kept', ({ days, kept }) => {
    // From 1 Dec 2026 back: days 15–30 are still November (the month of day 14),
    // so the month rule adds one only once October is reached.
    const now = at(2026, 12, 1, 12, 30);
    const list = every(24, days, at(2026, 12, 1, 12, 0)).map(stamp);
    expect(backupsToKeep(list, now).size).toBe(kept);
  });

  it('keeps the newest backup of each day, not the first', () => {
    const now = at(2026, 12, 1, 20);
    const list = [
      ...every(1, 10, at(2026, 12, 1, 18)), // today: 18:00 back to 09:00
      at(2026, 11, 30, 8),
      at(2026, 11, 30, 22),
    ].map(stamp);
    const keep = backupsToKeep(list, now);
    expect(keep.has(at(2026, 11, 30, 22).toISOString())).toBe(true);
    expect(keep.has(at(2026, 11, 30, 8).toISOString())).toBe(false);
  });

  it('one a month for 12 months, across a year end; the 13th month goes', () => {
    const now = at(2027, 2, 10, 12);
    // The 15th of each month from Feb 2027 back to Dec 2025 (15 months).
    const monthly = Array.from({ length: 15 }, (_, i) => at(2027, 2 - i, 15, 12));
    const list = monthly.filter((d) => d < now).map(stamp);
    const keep = backupsToKeep(list, now);
    // Jan 2027 back to Mar 2026 are within the 12 months (Feb 2027 … Mar 2026).
    const kept = monthly.filter((d) => keep.has(d.toISOString()));
    expect(kept.map((d) => `${d.getFullYear()}-${d.getMonth() + 1}`)).toEqual([
      '2027-1',
      '2026-12',
      '2026-11',
      '2026-10',
      '2026-9',
      '2026-8',
      '2026-7',
      '2026-6',
      '2026-5',
      '2026-4',
      '2026-3',
    ]);
    expect(backupsToDelete(list, now)).toEqual(
      names([at(2026, 2, 15, 12), at(2026, 1, 15, 12), at(2025, 12, 15, 12)]),
    );
  });

  it('a day at the month end: 31 Dec and 1 Jan are two days and two months', () => {
    const now = at(2027, 1, 1, 0, 30);
    // Six today, every 3 minutes from 00:20 back to 00:05, and one late on 31 Dec.
    const list = [at(2026, 12, 31, 23, 50), ...every(0.05, 6, at(2027, 1, 1, 0, 20))].map(stamp);
    const keep = backupsToKeep(list, now);
    // The 5 newest (also today's newest); 00:05 goes; 31 Dec stays as its day and month.
    expect(keep.size).toBe(6);
    expect(keep.has(at(2027, 1, 1, 0, 5).toISOString())).toBe(false);
    expect(keep.has(at(2026, 12, 31, 23, 50).toISOString())).toBe(true);
  });

  it('a backup dated in the future (a clock set wrong) is never deleted', () => {
    const now = at(2026, 12, 1, 12);
    const future = at(2031, 5, 5);
    const list = [future, ...every(1, 10, now)].map(stamp);
    expect(backupsToKeep(list, now).has(future.toISOString())).toBe(true);
  });

  it('a year of hourly backups keeps at most 5 + 14 + 12', () => {
    const now = at(2026, 12, 1, 12);
    const list = every(1, 24 * 365, now).map(stamp);
    const keep = backupsToKeep(list, now);
    expect(keep.size).toBeLessThanOrEqual(31);
    expect(keep.size).toBeGreaterThanOrEqual(14 + 11);
    expect(backupsToDelete(list, now).length).toBe(list.length - keep.size);
  });
});
