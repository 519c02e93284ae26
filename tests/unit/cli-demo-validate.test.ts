import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Run the CLI as a user would: a real child process in a real folder. */
function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', ...env },
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run cli -- demo / validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'talkoot-cli-'));
  const demo = join(dir, 'demo.json');

  it('writes the demo association and validate accepts it', () => {
    const made = cli(['demo', '--out', demo, '--today', '2026-11-22']);
    expect(made.code).toBe(0);
    expect(made.out).toContain('Henkilöitä: 120,');
    const checked = cli(['validate', demo]);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('Kelvollinen Talkoot-datatiedosto');
    expect(checked.out).toContain('Henkilöt 120');
  });

  it('refuses a truncated file with exit code 1 and says why', () => {
    const text = readFileSync(demo, 'utf8');
    const cut = join(dir, 'cut.json');
    writeFileSync(cut, text.slice(0, text.length / 2));
    const r = cli(['validate', cut]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('katkennut');
    expect(cli(['validate', cut, '--lang', 'en']).err).toContain('truncated');
  });

  it('names table, row and field of a bad date, in the chosen language', () => {
    const data = JSON.parse(readFileSync(demo, 'utf8'));
    delete data.checksum; // edited by hand below: no longer the file that was summed
    data.tables.people[4].joinedOn = '2024-02-31';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(data));
    const fi = cli(['validate', bad]);
    expect(fi.code).toBe(1);
    expect(fi.err).toContain('Taulukko Henkilöt, rivi 5, kenttä Liittynyt');
    const sv = cli(['validate', bad, '--lang', 'sv']);
    expect(sv.err).toContain('Tabell Personer, rad 5, fält Gick med');
  });

  it('refuses a file as Talkoot wrote it with one letter changed since (its checksum)', () => {
    const text = readFileSync(demo, 'utf8');
    const at = text.indexOf('"fullName":"') + '"fullName":"'.length;
    const changed = join(dir, 'changed.json');
    // Still valid JSON, still a valid record: only the checksum can tell.
    const letter = text[at] === 'A' ? 'B' : 'A';
    writeFileSync(changed, `${text.slice(0, at)}${letter}${text.slice(at + 1)}`);
    const r = cli(['validate', changed, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('checksum does not match');
  });

  it('says a file that is not UTF-8 is not a data file, and exits 2', () => {
    const utf8 = readFileSync(demo);
    // "ä" as Windows-1252 writes it: one byte 0xE4, where UTF-8 has two (C3 A4).
    const at = utf8.indexOf(Buffer.from('ä'));
    expect(at).toBeGreaterThan(0);
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(
      latin1,
      Buffer.concat([utf8.subarray(0, at), Buffer.from([0xe4]), utf8.subarray(at + 2)]),
    );
    const r = cli(['validate', latin1]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ei ole UTF-8-tekstiä');
  });

  it('--hours and --sessions set the numbers of hour entries and sessions', () => {
    const file = join(dir, 'sized.json');
    const made = cli([
      'demo',
      '--out',
      file,
      '--today',
      '2026-11-22',
      '--scale',
      '300',
      '--hours',
      '2500',
      '--sessions',
      '600',
    ]);
    expect(made.code).toBe(0);
    expect(made.out).toContain('Henkilöitä: 300, tuntikirjauksia: 2500, kokoontumisia: 600.');
    expect(cli(['demo', '--out', file, '--sessions', '0']).code).toBe(2);
  });

  it('exits 2 on usage errors and a missing file', () => {
    expect(cli(['validate']).code).toBe(2);
    expect(cli(['validate', join(dir, 'nope.json')]).code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['demo']).code).toBe(2);
    expect(cli(['demo', '--out', join(dir, 'x.json'), '--scale', 'many']).code).toBe(2);
    expect(cli(['help']).out).toContain('validate');
  });
});
