import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formulaStart, toCsv } from '../../src/core/csv';
import { generateDemoDataset } from '../../src/core/demo';
import { memberExportFields, memberExportTable, membersCsv } from '../../src/core/export';
import { hoursCsv } from '../../src/core/hours';
import type { HourEntry, Person } from '../../src/core/schemas';

// Every CSV the app or the CLI writes, each fed text that a spreadsheet would
// run as a formula: the one rule (toCsv) must escape it in every text column.
const starts = ['=', '+', '-', '@', '\t', '\r'] as const;
const evilCells = starts.flatMap((s) => [
  `${s}HYPERLINK("http://x.invalid")`,
  `${s}1+1\nrivi 2`,
  `${s}cmd|'/C calc'!A0\r\nrivi 2`,
]);

const data = generateDemoDataset({ seed: 3, today: '2026-11-22' });
const person = data.people[0]!;
const hour: HourEntry = { ...data.hours[0]!, approved: true };

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** The exports, each given one hostile text in every text field it writes. */
const exports: Record<string, (text: string) => { csv: string; columns: number[] }> = {
  hours: (text) => {
    const h = { ...hour, note: text, approvedBy: text };
    const csv = hoursCsv(
      [h],
      {
        people: new Map([[h.personId, text]]),
        activities: new Map(h.activityId ? [[h.activityId, text]] : []),
      },
      'fi',
    );
    // Person, approver and note always; the activity when the entry has one.
    return { csv, columns: h.activityId ? [1, 2, 8, 10] : [1, 8, 10] };
  },
  members: (text) => {
    const p: Person = {
      ...person,
      fullName: text,
      homeMunicipality: text,
      email: text,
      phone: text,
      streetAddress: text,
      postalCode: text,
      postOffice: text,
    };
    const table = memberExportTable([p], memberExportFields, 'fi');
    const fields = ['fullName', 'homeMunicipality', 'email', 'phone', 'streetAddress'] as const;
    return {
      csv: membersCsv(table),
      columns: [...fields, 'postalCode', 'postOffice'].map((f) =>
        memberExportFields.indexOf(f as (typeof memberExportFields)[number]),
      ),
    };
  },
};

describe('every CSV export', () => {
  for (const [name, write] of Object.entries(exports)) {
    it(`${name}: escapes each cell that starts a formula, one line or many`, () => {
      for (const text of evilCells) {
        const { csv, columns } = write(text);
        const row = parse(csv)[1]!;
        for (const c of columns) expect([c, row[c]]).toEqual([c, `'${text}`]);
        // No cell of the file, read back, starts a formula.
        for (const cell of parse(csv).flat()) expect(cell).not.toMatch(formulaStart);
      }
    });
  }
});

describe('toCsv', () => {
  it('escapes text but writes numbers as they are, and only the first character counts', () => {
    const rows = parse(toCsv(['a', 'b', 'c'], [[-5, '-5', 'x=1\n=2']]));
    expect(rows[1]).toEqual(['-5', "'-5", 'x=1\n=2']);
  });
});
