import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from './support/pdfText';
import { runCli } from './support/runCli';

const cli = runCli;

describe('npm run cli -- summary / combine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'talkoot-network-'));

  it('writes a summary per association and combines them, naming the files it refuses', () => {
    const data = join(dir, 'data.json');
    expect(cli(['demo', '--out', data, '--today', '2026-11-22']).code).toBe(0);
    const s1 = join(dir, 's1.json');
    const made = cli(['summary', '--data', data, '--year', '2025', '--out', s1]);
    expect(made.code, made.err).toBe(0);
    const summary = JSON.parse(readFileSync(s1, 'utf8')) as {
      format: string;
      association: { name: string; businessId?: string };
    };
    expect(summary.format).toBe('talkoot-summary');
    // A second association: the same figures under another name and business ID.
    const s2 = join(dir, 's2.json');
    writeFileSync(
      s2,
      JSON.stringify({
        ...summary,
        association: { ...summary.association, name: 'Toinen ry', businessId: '1234567-1' },
      }),
    );
    const out = join(dir, 'regional.pdf');
    const r = cli(['combine', s1, s2, data, '--out', out, '--lang', 'en', '--today', '2026-12-01']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('a summary of 2 associations');
    expect(r.err).toContain("data.json is an association's whole data file, with personal data");
    const text = pdfText(readFileSync(out));
    expect(text).toContain('Regional summary 2025');
    expect(text).toContain('Toinen ry');
    expect(text).toContain(summary.association.name);

    const none = join(dir, 'none.pdf');
    const refused = cli(['combine', data, '--out', none]);
    expect(refused.code).toBe(1);
    expect(existsSync(none)).toBe(false);
  });
});
