import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  annualReportYears,
  currentFiscalYear,
  fiscalYearOf,
  formatUserDate,
  parseUserDate,
  shownAnnualYear,
  userDateExample,
} from '../../src/core/dates';
import { isEmptyPeriod, periodRecordCounts, replaceDataset, TalkootDb } from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import { languageCodes, type Dataset, type Language } from '../../src/core/schemas';

const today = '2026-11-22';

describe('parseUserDate reads a date the way people type it', () => {
  it.each([
    ['1.12.2026', '2026-12-01'],
    ['01.12.2026', '2026-12-01'],
    ['1.12.', '2026-12-01'],
    ['1.12', '2026-12-01'],
    ['1.12.26', '2026-12-01'],
    [' 1. 12. 2026 ', '2026-12-01'],
    ['2026-12-01', '2026-12-01'],
    ['2026-1-5', '2026-01-05'],
    ['29.2.2024', '2024-02-29'],
  ])('%s in every language', (text, expected) => {
    for (const lang of languageCodes) expect(parseUserDate(text, lang, today)).toBe(expected);
  });

  it.each([
    ['1 Dec 2026', '2026-12-01'],
    ['1 December 2026', '2026-12-01'],
    ['Dec 1, 2026', '2026-12-01'],
    ['december 1', '2026-12-01'],
    ['1/12/2026', '2026-12-01'],
    ['1/12', '2026-12-01'],
    ['22 Nov 2026', '2026-11-22'],
  ])('English %s', (text, expected) => {
    expect(parseUserDate(text, 'en', today)).toBe(expected);
  });

  it('Swedish month names, and slashes only in English (never read month first)', () => {
    expect(parseUserDate('1 dec 2026', 'sv', today)).toBe('2026-12-01');
    expect(parseUserDate('3 maj 2026', 'sv', today)).toBe('2026-05-03');
    expect(parseUserDate('1 okt.', 'sv', today)).toBe('2026-10-01');
    expect(parseUserDate('12/1/2026', 'en', today)).toBe('2026-01-12');
    expect(parseUserDate('1/12/2026', 'fi', today)).toBeNull();
    expect(parseUserDate('1 Dec 2026', 'fi', today)).toBeNull();
  });

  it.each([
    '',
    '   ',
    '1',
    '1.',
    '31.2.2026',
    '1.13.2026',
    '0.1.2026',
    '1.12.202',
    '1.12.1899',
    '1.1.2101',
    '2026-02-30',
    'tomorrow',
    '1 Foo 2026',
    '1 De 2026',
    '1.12.2026.',
    '1..12.2026',
  ])('refuses %j', (text) => {
    for (const lang of languageCodes) expect(parseUserDate(text, lang, today)).toBeNull();
  });

  it('takes the year of "1.12." from today', () => {
    expect(parseUserDate('1.12.', 'fi', '2031-01-05')).toBe('2031-12-01');
  });

  it('reads back every date it shows, in every language (round trip)', () => {
    const dates = fc
      .date({
        min: new Date(Date.UTC(1900, 0, 1)),
        max: new Date(Date.UTC(2100, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, fc.constantFrom<Language>(...languageCodes), (iso, lang) => {
        expect(parseUserDate(formatUserDate(iso, lang), lang, today)).toBe(iso);
        expect(parseUserDate(iso, lang, today)).toBe(iso);
      }),
    );
  });

  it('shows dates as the rest of the app prints them', () => {
    expect(formatUserDate('2026-12-01', 'fi')).toBe('1.12.2026');
    expect(formatUserDate('2026-12-01', 'sv')).toBe('1.12.2026');
    expect(formatUserDate('2026-12-01', 'en')).toBe('1 Dec 2026');
    expect(userDateExample('fi', today)).toBe('1.12.2026');
  });
});

describe('the annual summary year', () => {
  it('the fiscal year of a date', () => {
    expect(fiscalYearOf('2026-11-22', 1)).toBe(2026);
    expect(fiscalYearOf('2026-03-01', 7)).toBe(2025);
    expect(fiscalYearOf('2026-07', 7)).toBe(2026);
    expect(currentFiscalYear(7, '2026-06-30')).toBe(2025);
  });

  it('a new association (no records) has its current fiscal year, shown even when last year was saved', () => {
    const years = annualReportYears([], today, 1);
    expect(years).toEqual([2026]);
    expect(shownAnnualYear(2025, years, 1, today)).toBe(2026);
    expect(shownAnnualYear(undefined, years, 1, today)).toBe(2026);
  });

  it('years with records are offered, newest first, and a chosen one is kept', () => {
    const years = annualReportYears(['2024-05', '2025-02', '2025-08'], today, 7);
    expect(years).toEqual([2026, 2025, 2024, 2023]);
    expect(shownAnnualYear(2024, years, 7, today)).toBe(2024);
  });
});

describe('periodRecordCounts', () => {
  let db: TalkootDb;
  let data: Dataset;
  beforeAll(async () => {
    data = generateDemoDataset({ seed: 5, today, people: 40 });
    db = new TalkootDb(`dates-${crypto.randomUUID()}`);
    await replaceDataset(db, data);
  });
  afterAll(async () => {
    await db.delete();
  });

  it('equals a count of the rows, and an empty period is empty', async () => {
    const period = { from: '2026-02-10', to: '2026-05-03' };
    const inP = (d: string | undefined) => !!d && d >= period.from && d <= period.to;
    const members = data.people.filter((p) => !p.deletedAt && p.membership !== 'none');
    const counts = await periodRecordCounts(db, period);
    expect(counts).toEqual({
      hourEntries: data.hours.filter((h) => !h.deletedAt && inP(h.date)).length,
      sessions: data.sessions.filter((s) => !s.deletedAt && inP(s.date)).length,
      memberEvents:
        members.filter((p) => inP(p.joinedOn)).length + members.filter((p) => inP(p.leftOn)).length,
    });
    expect(isEmptyPeriod(counts)).toBe(false);
    const empty = await periodRecordCounts(db, { from: '2030-01-01', to: '2030-12-31' });
    expect(empty).toEqual({ hourEntries: 0, sessions: 0, memberEvents: 0 });
    expect(isEmptyPeriod(empty)).toBe(true);
  });
});
