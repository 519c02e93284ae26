import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/runCli';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/members');
const cli = runCli;
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const people = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { tables: { people: { fullName: string }[] } }).tables
    .people;
const TODAY = ['--today', '2026-11-22'];

describe('npm run cli -- import-members', () => {
  const dir = mkdtempSync(join(tmpdir(), 'talkoot-import-'));
  const data = join(dir, 'data.json');
  let demoPeople = 0;
  beforeAll(() => {
    expect(cli(['demo', '--out', data, ...TODAY]).code).toBe(0);
    demoPeople = people(data).length;
  });

  it('on any row error lists every error by row and leaves the data file byte-for-byte unchanged', () => {
    const bad = join(dir, 'bad.csv');
    // Windows-1252, as Finnish Excel saves "CSV (semicolon separated)".
    const text =
      'Nimi;Kotikunta;Liittynyt\r\nMatti Virtanen;Tampere;1.3.2024\r\nLiisa Laine;Turku;31.2.2024\r\nPekka Puu;;1.3.2024\r\n';
    writeFileSync(bad, Buffer.from(text, 'latin1'));
    const before = sha256(data);

    const fi = cli(['import-members', bad, '--data', data, ...TODAY]);
    expect(fi.code).toBe(1);
    expect(fi.err).toContain('Tuonti keskeytettiin');
    expect(fi.err).toContain('Rivi 3, Liittymispäivä (sarake C): päivämäärä ”31.2.2024”');
    expect(fi.err).toContain('Rivi 4, Kotikunta (sarake B): pakollinen tieto puuttuu');
    expect(sha256(data)).toBe(before);

    const en = cli(['import-members', bad, '--data', data, '--lang', 'en', ...TODAY]);
    expect(en.code).toBe(1);
    expect(en.err).toContain(
      'Row 4, Home municipality (column B): required information is missing',
    );
    expect(sha256(data)).toBe(before);
  });

  it('refuses an old binary .xls and a file with an unclosed quote, file unchanged', () => {
    const before = sha256(data);
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = cli(['import-members', xls, '--data', data, '--lang', 'sv', ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Spara den i formatet .xlsx eller .csv');
    const quote = join(dir, 'quote.csv');
    writeFileSync(quote, 'Nimi;Kotikunta\n"Matti;Tampere\nLiisa;Turku\n');
    const q = cli(['import-members', quote, '--data', data, ...TODAY]);
    expect(q.code).toBe(1);
    expect(q.err).toContain('Rivillä 2 alkava lainausmerkki ei pääty');
    expect(sha256(data)).toBe(before);
  });

  it('--dry-run prints the preview and writes nothing; wrong usage exits 2', () => {
    const before = sha256(data);
    const file = join(fixtures, 'members-cp1252-semicolon-crlf.csv');
    const r = cli(['import-members', file, '--data', data, '--dry-run', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('(CSV, WINDOWS-1252)');
    expect(r.out).toContain('I Liittynyt → Liittymispäivä');
    expect(r.out).toContain('Kokeiluajo: voidaan tuoda henkilöitä: 4, jäsenmaksuja: 4.');
    expect(sha256(data)).toBe(before);
    expect(cli(['import-members', file]).code).toBe(2);
    expect(cli(['import-members', '--data', data]).code).toBe(2);
    expect(cli(['import-members', join(dir, 'missing.csv'), '--data', data]).code).toBe(2);
  });

  it('imports a Windows-1252 CSV, then lists the same people as duplicates from the XLSX', () => {
    const file = join(fixtures, 'members-cp1252-semicolon-crlf.csv');
    const r = cli(['import-members', file, '--data', data, ...TODAY]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('henkilöitä: 4, jäsenmaksuja: 4.');
    const names = people(data).map((p) => p.fullName);
    expect(names).toHaveLength(demoPeople + 4);
    expect(names).toEqual(
      expect.arrayContaining([
        'Åsa Öhman',
        'Šárka Nováková',
        'Øystein Ørnes',
        'Ville "€uro" Väänänen',
      ]),
    );
    expect(cli(['validate', data]).code).toBe(0);

    const afterFirst = sha256(data);
    const xlsx = join(dir, 'members.xlsx');
    copyFileSync(join(fixtures, 'members.xlsx'), xlsx);
    const again = cli([
      'import-members',
      xlsx,
      '--data',
      data,
      '--lang',
      'en',
      '--skip-duplicates',
      ...TODAY,
    ]);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('Possibly already in the register (rows: 4; not imported)');
    expect(again.out).toContain(
      'Row 5: Ville "€uro" Väänänen, Pietarsaari – same name, home municipality and email address',
    );
    expect(again.out).toContain('people: 0, membership fees: 0.');
    expect(sha256(data)).toBe(afterFirst);

    const kept = cli(['import-members', xlsx, '--data', data, ...TODAY]);
    expect(kept.code, kept.err).toBe(0);
    expect(kept.out).toContain('henkilöitä: 4,');
    expect(people(data)).toHaveLength(demoPeople + 8);
    expect(cli(['validate', data]).code).toBe(0);
  });
});
