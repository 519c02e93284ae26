import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekday } from '../../src/core/dates';
import { defaultDueOn } from '../../src/core/fees';
import { safeFileName } from '../../src/core/format';

describe('calendar days', () => {
  it.each([
    ['2026-12-31', '2027-01-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-03-28', '2026-03-30', 2], // over the spring summer-time change
    ['2026-10-24', '2026-10-26', 2], // and the autumn one
    ['2026-03-10', '2026-03-10', 0],
    ['2026-03-10', '2026-03-01', -9],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(addDays(from, days)).toBe(to);
  });

  it('knows the day of the week', () => {
    expect(weekday('2026-12-01')).toBe(2); // a Tuesday
    expect(weekday('2027-01-03')).toBe(0);
  });
});

describe('a file name offered for saving', () => {
  it.each([
    [
      ['Järvilinnan Sydänyhdistys ry', '2026-11-22'],
      'json',
      'Järvilinnan-Sydänyhdistys-ry-2026-11-22.json',
    ],
    [
      ['Todistus vapaaehtoistyöstä', 'Åsa Öhman'],
      'pdf',
      'Todistus-vapaaehtoistyöstä-Åsa-Öhman.pdf',
    ],
    [['A/B: C?', '2026-11-22'], 'xlsx', 'A-B-C-2026-11-22.xlsx'],
    [['..\\..', '<>|*'], 'csv', 'talkoot.csv'],
    [['  '], 'pdf', 'talkoot.pdf'],
  ])('%j → %s', (parts, extension, name) => {
    expect(safeFileName(parts, extension)).toBe(name);
  });

  it('keeps ä, ö and å even when typed as a letter and a combining mark', () => {
    expect(safeFileName(['Ma\u0308ki'], 'pdf')).toBe('Mäki.pdf');
  });
});

describe('the due date offered when billing a year', () => {
  it.each([
    [2027, '2026-12-01', '2027-03-31'],
    [2026, '2026-03-01', '2026-03-31'],
    [2026, '2026-03-02', '2026-04-01'], // 31 March is less than 30 days away
    [2026, '2026-11-22', '2026-12-22'],
  ])('billing %i on %s: due %s', (year, today, due) => {
    expect(defaultDueOn(year, today)).toBe(due);
  });
});
