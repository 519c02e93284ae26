import { describe, expect, it } from 'vitest';
import {
  deadlinesCalendar,
  deadlineUid,
  upcomingGrantDeadlines,
  type GrantDeadline,
} from '../../src/core/grants';
import type { Grant } from '../../src/core/schemas';

const grant = (over: Partial<Grant>): Grant =>
  ({
    id: 'g1',
    funderId: 'f1',
    name: 'Toiminta-avustus',
    status: 'granted',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  }) as Grant;

const deadlines: GrantDeadline[] = upcomingGrantDeadlines(
  [
    grant({ id: 'g1', name: 'Toiminta-avustus', reportDue: '2027-01-05', useBy: '2026-12-31' }),
    grant({ id: 'g2', name: 'Kerhoavustus', interimReportDue: '2026-12-20' }),
  ],
  '2026-12-28',
  60,
);
const stamp = '2026-12-28T10:00:00.000Z';
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
const events = (ics: string) => unfold(ics).split('BEGIN:VEVENT').slice(1);

describe('deadlinesCalendar', () => {
  it('makes one all-day event per deadline, across the year end', () => {
    expect(deadlines.map((d) => d.kind)).toEqual(['interimReportDue', 'useBy', 'reportDue']);
    const ics = deadlinesCalendar(deadlines, 'fi', stamp);
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const ev = events(ics);
    expect(ev).toHaveLength(3);
    expect(ev[0]).toContain('DTSTART;VALUE=DATE:20261220');
    expect(ev[0]).toContain('DTEND;VALUE=DATE:20261221');
    expect(ev[1]).toContain('DTSTART;VALUE=DATE:20261231');
    expect(ev[1]).toContain('DTEND;VALUE=DATE:20270101');
    expect(ev[2]).toContain('DTSTART;VALUE=DATE:20270105');
  });

  it("titles each event with the grant's name and the kind, in the user's language", () => {
    expect(events(deadlinesCalendar(deadlines, 'fi', stamp))[2]).toContain(
      'SUMMARY:Käyttöselvitys: Toiminta-avustus',
    );
    expect(events(deadlinesCalendar(deadlines, 'sv', stamp))[2]).toContain(
      'SUMMARY:Redovisning: Toiminta-avustus',
    );
    expect(events(deadlinesCalendar(deadlines, 'en', stamp))[0]).toContain(
      'SUMMARY:Interim report due: Kerhoavustus',
    );
  });

  it('gives a stable UID per grant and kind, and the same file for the same input', () => {
    const a = deadlinesCalendar(deadlines, 'fi', stamp);
    const b = deadlinesCalendar(deadlines, 'fi', stamp);
    expect(a).toBe(b);
    const uids = events(a).map((e) => /UID:(.*)\r\n/.exec(e)![1]);
    expect(uids).toEqual(deadlines.map(deadlineUid));
    expect(new Set(uids).size).toBe(3);
    expect(uids[0]).toBe('g2-interimReportDue@talkoot');
    // Another day, another language: the same events, so a calendar updates them.
    const later = upcomingGrantDeadlines(
      [grant({ id: 'g1', reportDue: '2027-01-05', useBy: '2026-12-31' })],
      '2026-12-30',
      60,
    );
    const again = events(deadlinesCalendar(later, 'en', '2026-12-30T08:00:00.000Z'));
    expect(again.map((e) => /UID:(.*)\r\n/.exec(e)![1])).toEqual([uids[1], uids[2]]);
    expect(a).toContain('DTSTAMP:20261228T100000Z');
  });

  it('refuses an empty list', () => {
    expect(() => deadlinesCalendar([], 'en', stamp)).toThrow('No deadlines.');
  });
});
