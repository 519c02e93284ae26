import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { generateDemoDataset } from '../../src/core/demo';
import { translate } from '../../src/core/i18n';
import {
  buildPdfDocument,
  reportRequestOfDataset,
  type ReportChoice,
} from '../../src/core/reports';
import { isReceivedGrant } from '../../src/core/grants';

/** Each page's text lines, without the letterhead (two lines) and the footer (one line). */
function pageBodies(pdf: Uint8Array): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'talkoot-pages-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1],
    );
    return Array.from({ length: pages }, (_, i) => {
      const text = execFileSync(
        'pdftotext',
        ['-layout', '-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'],
        { encoding: 'utf8' },
      );
      const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      return lines.slice(2, -1);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * No page of a report holds only its signature lines: the signatures are the
 * last section, so a page whose body starts with their heading would hold
 * nothing else. Over demo associations of different sizes, every language and
 * the grant and annual reports (the advocacy summary has no signatures).
 */
describe('no page holds only signature lines', () => {
  const today = '2026-11-22';
  for (const people of [20, 60, 120, 240]) {
    it(`with ${people} people`, async () => {
      const data = generateDemoDataset({ seed: people, today, people });
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const choices: ReportChoice[] = [
          { kind: 'annual', lang, printedOn: today, year: 2025 },
          ...data.grants
            .filter((g) => isReceivedGrant(g))
            .map((g): ReportChoice => ({ kind: 'grant', lang, printedOn: today, grantId: g.id })),
        ];
        for (const choice of choices) {
          const request = reportRequestOfDataset(data, choice);
          const heading = translate(
            lang,
            `${choice.kind === 'grant' ? 'grantReport' : 'annualReport'}.signaturesHeading`,
          );
          const pages = pageBodies(await renderPdf(buildPdfDocument(request)));
          pages.forEach((body, i) => {
            expect(body.length, `${choice.kind} ${lang} page ${i + 1}`).toBeGreaterThan(0);
            expect(
              body[0],
              `${choice.kind} ${lang} page ${i + 1} starts with the signatures`,
            ).not.toBe(heading);
          });
        }
      }
    }, 120_000);
  }
});
