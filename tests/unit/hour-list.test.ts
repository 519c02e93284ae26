import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/core/csv';
import { generateDemoDataset } from '../../src/core/demo';
import { filterHours, totalMinutes } from '../../src/core/hours';

describe('filterHours', () => {
  const data = generateDemoDataset({ today: '2026-11-22' });
  it('applies every condition and counts minutes exactly', () => {
    const person = data.people[0]!.id;
    const got = filterHours(data, {
      personId: person,
      kind: 'board',
      from: '2026-01-01',
      to: '2026-06-30',
    });
    const expected = data.hours.filter(
      (h) =>
        h.personId === person &&
        h.kind === 'board' &&
        h.date >= '2026-01-01' &&
        h.date <= '2026-06-30',
    );
    expect(got.map((h) => h.id).sort()).toEqual(expected.map((h) => h.id).sort());
    expect(totalMinutes(got)).toBe(expected.reduce((s, h) => s + h.minutes, 0));
    expect(got.length).toBeGreaterThan(0);
    expect([...got].map((h) => h.date)).toEqual(
      [...got]
        .map((h) => h.date)
        .sort()
        .reverse(),
    );
  });
  it('leaves out the trash and filters by grant', () => {
    const grant = data.grants.find((g) => g.status === 'granted')!.id;
    const withGrant = filterHours(data, { grantId: grant });
    expect(withGrant.length).toBeGreaterThan(0);
    expect(withGrant.every((h) => h.grantId === grant)).toBe(true);
    const trashed = {
      ...data,
      hours: data.hours.map((h, i) =>
        i === 0 ? { ...h, deletedAt: '2026-11-22T00:00:00.000Z' } : h,
      ),
    };
    expect(filterHours(trashed, {}).length).toBe(data.hours.length - 1);
  });
});

describe('toCsv', () => {
  it('writes BOM, semicolons, CRLF, quotes and escapes formulas', () => {
    const csv = toCsv(
      ['Nimi', 'Huomautus'],
      [
        ['Åsa Öhman', 'kahvi; pulla'],
        ['Väinö "Väiski" Mäkelä', '=HYPERLINK("x")'],
        ['Päivi', '+358 40 123'],
      ],
    );
    expect(csv).toBe(
      '\uFEFFNimi;Huomautus\r\nÅsa Öhman;"kahvi; pulla"\r\n"Väinö ""Väiski"" Mäkelä";"\'=HYPERLINK(""x"")"\r\nPäivi;"\'+358 40 123"',
    );
  });
});
