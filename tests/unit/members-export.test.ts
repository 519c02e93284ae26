import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/core/demo';
import {
  defaultMemberExportFields,
  memberExportFields,
  memberExportTable,
  membersCsv,
  membersExportFileName,
  membersXlsx,
} from '../../src/core/export';
import type { Person } from '../../src/core/schemas';

const base = generateDemoDataset({ seed: 1, today: '2026-11-22' });
const template = base.people.find((p) => p.membership === 'regular' && !p.leftOn)!;
const nordic: Person = {
  ...template,
  fullName: 'Åsa Öhman-Äijälä',
  homeMunicipality: 'Närpiö',
  email: 'asa@example.fi',
  phone: '+358 40 123 4567',
  streetAddress: 'Kauppakatu 1; B 5',
  postalCode: '00100',
  postOffice: 'Helsinki',
  languages: ['sv', 'fi'],
  membership: 'youth',
  joinedOn: '2021-03-04',
  leftOn: undefined,
  consents: { emailContact: true, nameInPublicMaterials: false },
  notes: 'Maksoi 25 € käteisellä',
};
const attacker: Person = {
  ...template,
  id: '00000000-0000-4000-8000-000000000001',
  fullName: '=HYPERLINK("http://x.invalid","klikkaa")',
  homeMunicipality: '@SUM(1+1)',
  email: '',
  phone: '-1+2',
  streetAddress: '\tTab',
  postalCode: '\r00100',
  postOffice: 'Espoo=ok',
  consents: { emailContact: false, nameInPublicMaterials: false },
};

/** Parse the CSV back with Papa's own reader, after checking and dropping the BOM. */
function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('member export table', () => {
  it('defaults to the minimal fields: name and home municipality', () => {
    expect(defaultMemberExportFields).toEqual(['fullName', 'homeMunicipality']);
    const table = memberExportTable([nordic], defaultMemberExportFields, 'fi');
    expect(table).toEqual({
      header: ['Nimi', 'Kotikunta'],
      rows: [['Åsa Öhman-Äijälä', 'Närpiö']],
    });
  });

  it('holds only the chosen fields, in a fixed order, in the chosen language', () => {
    const table = memberExportTable([nordic], ['email', 'membership', 'fullName'], 'sv');
    expect(table.header).toEqual(['Namn', 'Medlemskap', 'E-post']);
    expect(table.rows).toEqual([['Åsa Öhman-Äijälä', 'Ungdom', 'asa@example.fi']]);
    expect(JSON.stringify(table)).not.toContain('Närpiö');
  });

  it('formats every field for people to read', () => {
    const table = memberExportTable([nordic], memberExportFields, 'fi');
    expect(table.header).toHaveLength(memberExportFields.length);
    expect(Object.fromEntries(table.header.map((h, i) => [h, table.rows[0]![i]]))).toEqual({
      Nimi: 'Åsa Öhman-Äijälä',
      Kotikunta: 'Närpiö',
      Jäsenyys: 'Nuoriso',
      Liittynyt: '4.3.2021',
      Eronnut: '',
      Sähköposti: 'asa@example.fi',
      Puhelin: '+358 40 123 4567',
      Katuosoite: 'Kauppakatu 1; B 5',
      Postinumero: '00100',
      Postitoimipaikka: 'Helsinki',
      Kielet: 'sv, fi',
      'Sähköpostin saa lähettää': 'Kyllä',
    });
    const en = memberExportTable([nordic], ['joinedOn', 'emailContact'], 'en');
    expect(en).toEqual({ header: ['Joined', 'May be emailed'], rows: [['4 Mar 2021', 'Yes']] });
  });

  it('never exports notes or ids, and refuses an empty choice', () => {
    const text = JSON.stringify(memberExportTable([nordic], memberExportFields, 'fi'));
    expect(text).not.toContain('€');
    expect(text).not.toContain(nordic.id);
    expect(() => memberExportTable([nordic], [], 'fi')).toThrow();
  });

  it('keeps the order of the people given', () => {
    const people = base.people.slice(0, 30).reverse();
    const table = memberExportTable(people, ['fullName'], 'fi');
    expect(table.rows.map((r) => r[0])).toEqual(people.map((p) => p.fullName));
  });
});

describe('member CSV', () => {
  it('is UTF-8 text with a BOM, ; between fields and CRLF line ends', () => {
    const csv = membersCsv(memberExportTable([nordic, template], defaultMemberExportFields, 'fi'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Nimi;Kotikunta',
      'Åsa Öhman-Äijälä;Närpiö',
      `${template.fullName};${template.homeMunicipality}`,
    ]);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // ä ö å and € survive the round trip through UTF-8 bytes.
    const euro = membersCsv({ header: ['Summa'], rows: [['25 € – äöå ÄÖÅ']] });
    const bytes = new TextEncoder().encode(euro);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(euro);
    expect(parse(euro)).toEqual([['Summa'], ['25 € – äöå ÄÖÅ']]);
  });

  it('quotes a cell holding the separator, a quote or a line break', () => {
    const csv = membersCsv({
      header: ['a', 'b', 'c'],
      rows: [['Kauppakatu 1; B 5', 'Sanoi "moi"', 'rivi 1\nrivi 2']],
    });
    expect(csv).toContain('"Kauppakatu 1; B 5";"Sanoi ""moi""";"rivi 1\nrivi 2"');
    expect(parse(csv)[1]).toEqual(['Kauppakatu 1; B 5', 'Sanoi "moi"', 'rivi 1\nrivi 2']);
  });

  it('escapes cells that a spreadsheet would run as formulas', () => {
    const csv = membersCsv(memberExportTable([attacker], memberExportFields, 'fi'));
    const [, row] = parse(csv);
    const byHeader = Object.fromEntries(parse(csv)[0]!.map((h, i) => [h, row![i]]));
    expect(byHeader.Nimi).toBe(`'${attacker.fullName}`);
    expect(byHeader.Kotikunta).toBe("'@SUM(1+1)");
    expect(byHeader.Puhelin).toBe("'-1+2");
    expect(byHeader.Katuosoite).toBe("'\tTab");
    expect(byHeader.Postinumero).toBe("'\r00100");
    // Only the first character matters.
    expect(byHeader.Postitoimipaikka).toBe('Espoo=ok');
    expect(byHeader.Sähköposti).toBe('');
    // A formula with a line break is escaped too.
    const multi = parse(membersCsv({ header: ['x'], rows: [['=1+1\nmore']] }));
    expect(multi[1]).toEqual(["'=1+1\nmore"]);
    // No line of the file starts a formula.
    for (const line of csv.slice(1).split('\r\n')) {
      for (const cell of line.split(';')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    }
  });
});

describe('export file name', () => {
  it('is the title and date, safe on every system', () => {
    expect(membersExportFileName('Jäsenrekisteri', '2026-11-22', 'csv')).toBe(
      'Jäsenrekisteri-2026-11-22.csv',
    );
    expect(membersExportFileName('A/B: C?', '2026-11-22', 'xlsx')).toBe('A-B-C-2026-11-22.xlsx');
  });
});

describe('membersXlsx', () => {
  it('writes a workbook that reads back cell for cell, formulas kept as plain text', async () => {
    const table = memberExportTable([nordic, attacker], memberExportFields, 'fi');
    const bytes = await membersXlsx(table, 'Jäsenrekisteri');
    expect(bytes[0]).toBe(0x50); // "PK": a zip, as every .xlsx is
    expect(bytes[1]).toBe(0x4b);
    const dir = await mkdtemp(join(tmpdir(), 'talkoot-xlsx-'));
    const file = join(dir, 'members.xlsx');
    await writeFile(file, bytes);
    const sheets = await readXlsxFile(file);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.sheet).toBe('Jäsenrekisteri');
    const read = sheets[0]!.data.map((row) => row.map((c) => (c === null ? '' : String(c))));
    expect(read[0]).toEqual(table.header);
    // read-excel-file trims the whitespace around a text; the rest comes back as written.
    expect(read.slice(1)).toEqual(table.rows.map((row) => row.map((c) => c.trim())));
    expect(read[2]![0]).toBe('=HYPERLINK("http://x.invalid","klikkaa")');
  });
});
