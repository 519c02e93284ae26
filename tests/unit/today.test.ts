import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { associationClock, todayIso } from '../../src/core/dates';
import { formatMoment } from '../../src/core/format';
import { pdfText } from './support/pdfText';

// Helsinki is UTC+2 in winter and UTC+3 in summer: New Year starts at 22:00 UTC.
const newYearsEveUtc = new Date('2026-12-31T22:30:00Z');

describe("the association's today", () => {
  it('is the Helsinki calendar date, whatever the computer’s time zone', () => {
    expect(todayIso(new Date('2026-12-31T21:59:59Z'))).toBe('2026-12-31');
    expect(todayIso(new Date('2026-12-31T22:00:00Z'))).toBe('2027-01-01');
    expect(todayIso(newYearsEveUtc)).toBe('2027-01-01');
    // Summer time: midnight is at 21:00 UTC.
    expect(todayIso(new Date('2026-06-30T21:00:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-06-30T20:59:00Z'))).toBe('2026-06-30');
  });

  it('gives the time on the same clock, padded', () => {
    expect(associationClock(new Date('2027-01-02T05:05:00Z'))).toEqual({
      date: '2027-01-02',
      hours: '07',
      minutes: '05',
    });
    expect(formatMoment(newYearsEveUtc, 'fi')).toBe('1.1.2027 klo 00.30');
  });
});

describe('the CLI report without --today', () => {
  it('prints on the Helsinki date, so at New Year it picks the same year as the app', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkoot-today-'));
    const data = join(dir, 'data.json');
    const out = join(dir, 'annual.pdf');
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const env = { LANG: 'C' };
    const clock = () => newYearsEveUtc;
    expect(await runCli(['demo', '--out', data], io, env, clock)).toBe(0);
    expect(await runCli(['report', 'annual', '--data', data, '--out', out], io, env, clock)).toBe(
      0,
    );
    const text = pdfText(readFileSync(out));
    // Printed on 1 January 2027: the annual report of the year that just ended.
    expect(text).toContain('1.1.2027');
    expect(text).toContain('Tilikausi 2026 · 1.1.2026–31.12.2026');
  }, 60_000);
});
