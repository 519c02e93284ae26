import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/core/demo';
import { pdfInfo, pdfText } from './support/pdfText';
import { runCli } from './support/runCli';

const cli = runCli;
const today = '2026-11-22';
const demo = generateDemoDataset({ seed: 1, today });

describe('npm run cli -- report / list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'talkoot-report-'));
  const data = join(dir, 'data.json');

  it('lists the grants with their ids', () => {
    expect(cli(['demo', '--out', data, '--today', today]).code).toBe(0);
    const r = cli(['list', 'grants', '--data', data]);
    expect(r.code).toBe(0);
    for (const g of demo.grants) {
      expect(r.out).toContain(g.id);
      expect(r.out).toContain(g.name);
    }
    const submitted = demo.grants.find((g) => g.status === 'submitted')!;
    const line = r.out.split('\n').find((l) => l.startsWith(submitted.id))!;
    expect(line).toContain('ei käyttöselvitystä (ei saatu)');
  });

  const cases = [
    {
      kind: 'grant',
      args: [],
      fi: 'Avustuksen käyttöselvitys',
      sv: 'Redovisning',
      en: 'Grant usage report',
    },
    {
      kind: 'advocacy',
      args: ['--year', '2026'],
      fi: 'Vaikuttamistyön yhteenveto',
      sv: 'påverkansarbetet',
      en: 'Advocacy summary',
    },
    {
      kind: 'annual',
      args: ['--year', '2025'],
      fi: 'Toimintakertomus',
      sv: 'Verksamhetsberättelse',
      en: 'Annual',
    },
  ] as const;
  for (const c of cases) {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      it(`writes the ${c.kind} report in ${lang}`, () => {
        const out = join(dir, `${c.kind}-${lang}.pdf`);
        const r = cli([
          'report',
          c.kind,
          '--data',
          data,
          '--out',
          out,
          '--lang',
          lang,
          '--today',
          today,
          ...c.args,
        ]);
        expect(r.err).toBe('');
        expect(r.code).toBe(0);
        const pdf = readFileSync(out);
        const text = pdfText(pdf);
        expect(text).toContain(c[lang]);
        expect(text).toContain(demo.profile[0]!.name);
        expect(pdfInfo(pdf).Author).toBe(demo.profile[0]!.name);
      });
    }
  }

  it('makes the report of a grant chosen by id', () => {
    const grant = demo.grants.find((g) => g.status === 'reported')!;
    const out = join(dir, 'chosen.pdf');
    const r = cli([
      'report',
      'grant',
      '--grant',
      grant.id,
      '--data',
      data,
      '--out',
      out,
      '--today',
      today,
    ]);
    expect(r.code).toBe(0);
    expect(pdfText(readFileSync(out))).toContain(grant.name);
  });

  it('refuses an unknown grant, writing nothing, and says so in the chosen language', () => {
    const out = join(dir, 'none.pdf');
    const r = cli([
      'report',
      'grant',
      '--grant',
      'nope',
      '--data',
      data,
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Grant nope cannot be found.');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a grant not received, writing nothing, with the reason in the chosen language', () => {
    const grant = demo.grants.find((g) => g.status === 'submitted')!;
    for (const [lang, reason] of [
      ['fi', 'ei tehdä käyttöselvitystä'],
      ['en', 'No usage report is made for the grant'],
    ] as const) {
      const out = join(dir, `refused-${lang}.pdf`);
      const r = cli([
        'report',
        'grant',
        '--grant',
        grant.id,
        '--data',
        data,
        '--out',
        out,
        '--lang',
        lang,
      ]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(reason);
      expect(r.err).toContain(grant.name);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('exits 2 on usage errors', () => {
    expect(cli(['report', 'yearly', '--data', data, '--out', join(dir, 'x.pdf')]).code).toBe(2);
    expect(cli(['report', 'annual', '--data', data]).code).toBe(2);
    expect(
      cli(['report', 'annual', '--data', data, '--out', join(dir, 'x.pdf'), '--year', '25']).code,
    ).toBe(2);
    expect(
      cli([
        'report',
        'annual',
        '--data',
        data,
        '--out',
        join(dir, 'x.pdf'),
        '--year',
        '2025',
        '--from',
        '2025-01-01',
        '--to',
        '2025-02-01',
      ]).code,
    ).toBe(2);
    expect(cli(['list', 'people', '--data', data]).code).toBe(2);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});
