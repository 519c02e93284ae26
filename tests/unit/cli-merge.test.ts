import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/runCli';

const cli = runCli;

describe('npm run cli -- merge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'talkoot-merge-'));
  const data = join(dir, 'data.json');
  const volunteer = join(dir, 'volunteer.json');

  it('merges a volunteer’s new hours, and a second run changes nothing', () => {
    expect(cli(['demo', '--out', data, '--today', '2026-11-22']).code).toBe(0);
    const file = JSON.parse(readFileSync(data, 'utf8'));
    delete file.checksum; // edited by hand below
    const entry = file.tables.hours[0];
    file.tables.hours.push({
      ...entry,
      id: '5b0c1f6e-2d7a-4c8e-9f10-1a2b3c4d5e6f',
      minutes: 75,
      updatedAt: '2026-11-22T18:00:00.000Z',
    });
    writeFileSync(volunteer, JSON.stringify(file));

    const first = cli(['merge', volunteer, '--data', data]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Uusia: 1, päivitettyjä: 0, ristiriitoja: 0');
    const afterFirst = readFileSync(data);
    const second = cli(['merge', volunteer, '--data', data, '--lang', 'en']);
    expect(second.code).toBe(0);
    expect(second.out).toContain('Nothing new');
    expect(readFileSync(data).equals(afterFirst)).toBe(true);
    expect(cli(['validate', data]).code).toBe(0);
  });

  it('leaves the data file byte-for-byte unchanged on a bad incoming file', () => {
    const before = readFileSync(data);
    const bad = join(dir, 'bad.json');
    const file = JSON.parse(readFileSync(volunteer, 'utf8'));
    delete file.checksum; // edited by hand below
    file.tables.hours.push({
      ...file.tables.hours[0],
      id: '6c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5',
      personId: '7d2e3f40-5b6c-4d7e-9f80-91a2b3c4d5e6',
    });
    writeFileSync(bad, JSON.stringify(file));
    const r = cli(['merge', bad, '--data', data]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Taulukko Tuntikirjaukset');
    expect(readFileSync(data).equals(before)).toBe(true);
    expect(cli(['merge', volunteer]).code).toBe(2);
  });

  it('names each record that differs, and which version it kept', () => {
    const file = JSON.parse(readFileSync(data, 'utf8'));
    delete file.checksum; // edited by hand below
    const person = file.tables.people.find((p: { anonymisedAt?: string }) => !p.anonymisedAt);
    person.phone = '040 765 4321';
    person.updatedAt = '2099-01-01T00:00:00.000Z';
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(file));
    const r = cli(['merge', edited, '--data', data]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Uusia: 0, päivitettyjä: 1, ristiriitoja: 1');
    expect(r.out).toContain(
      `  Henkilöt: ${person.fullName} – eri versio tällä koneella ja tiedostossa; säilytettiin tiedoston uudempi versio.`,
    );
  });
});
