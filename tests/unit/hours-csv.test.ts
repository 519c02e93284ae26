import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/core/csv';
import { approvalTotal, hoursCsv, hoursCsvHeader, hoursCsvRows } from '../../src/core/hours';
import { hourEntrySchema, type HourEntry } from '../../src/core/schemas';

const anna = '00000000-0000-4000-8000-000000000001';
const group = '00000000-0000-4000-8000-0000000000a1';

function entry(over: Partial<HourEntry> = {}): HourEntry {
  return hourEntrySchema.parse({
    id: crypto.randomUUID(),
    createdAt: '2026-10-01T08:00:00.000Z',
    updatedAt: '2026-10-01T08:00:00.000Z',
    personId: anna,
    date: '2026-11-02',
    minutes: 90,
    kind: 'peerSupport',
    ...over,
  });
}

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', newline: '\r\n' }).data;

describe('hoursCsv', () => {
  const names = {
    people: new Map([[anna, 'Anna Virtanen']]),
    activities: new Map([[group, 'Nokian vertaisryhmä']]),
  };

  it('writes the same columns as the list, with the hours to two decimals', () => {
    const approvedAt = new Date(2026, 10, 5, 12).toISOString();
    const rows = hoursCsvRows(
      [
        entry({
          activityId: group,
          minutes: 95,
          participantsReached: 7,
          approved: true,
          approvedBy: 'Pekka Lehtonen',
          approvedAt,
          note: 'kahvi',
        }),
        entry({ personId: crypto.randomUUID(), minutes: 30, kind: 'board' }),
      ],
      names,
      'fi',
    );
    expect(rows).toEqual([
      [
        '2.11.2026',
        'Anna Virtanen',
        'Nokian vertaisryhmä',
        'Vertaistuki',
        95,
        '1,58',
        7,
        'Kyllä',
        'Pekka Lehtonen',
        '5.11.2026',
        'kahvi',
      ],
      ['2.11.2026', '', '', 'Hallitustyö', 30, '0,50', '', 'Ei', '', '', ''],
    ]);
    // A decimal point in English, and the headings in the language asked for.
    expect(hoursCsvRows([entry({ minutes: 95 })], names, 'en')[0]![5]).toBe('1.58');
    expect(hoursCsvHeader('fi')).toEqual([
      'Päivä',
      'Henkilö',
      'Toiminta',
      'Laji',
      'Minuutit',
      'Tunnit',
      'Tavoitetut osallistujat',
      'Hyväksytty',
      'Hyväksyjä',
      'Hyväksymispäivä',
      'Huomautus',
    ]);
  });

  it('escapes every text cell that could start a formula, line breaks or not', () => {
    const evil = (s: string) => ({
      people: new Map([[anna, s]]),
      activities: new Map([[group, s]]),
    });
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const text = `${start}HYPERLINK("x")\nrivi 2`;
      // Set after the schema, which trims a name: the export escapes whatever is stored.
      const h = { ...entry({ activityId: group, approved: true }), note: text, approvedBy: text };
      const csv = hoursCsv([h], evil(text), 'fi');
      const [header, row] = parse(csv);
      expect(header![0]).toBe('Päivä');
      const at = (name: string) => row![header!.indexOf(name)];
      for (const column of ['Henkilö', 'Toiminta', 'Hyväksyjä', 'Huomautus'])
        expect([column, at(column)]).toEqual([column, `'${text}`]);
      // The figures are written as they are.
      expect(at('Minuutit')).toBe('90');
    }
  });
});

describe('toCsv', () => {
  it('escapes a multi-line cell that starts a formula, and leaves the others', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['=1+1\nmore', 'ok\n=not a start'],
        [-5, 'x=1'],
      ],
    );
    expect(parse(csv).slice(1)).toEqual([
      ["'=1+1\nmore", 'ok\n=not a start'],
      ['-5', 'x=1'],
    ]);
  });
});

describe('approvalTotal', () => {
  it('adds approved and waiting entries and minutes', () => {
    expect(
      approvalTotal({ approved: 2, pending: 3, approvedMinutes: 90, pendingMinutes: 45 }),
    ).toEqual({ entries: 5, minutes: 135 });
  });
});
