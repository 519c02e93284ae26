import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The text of a PDF as poppler's pdftotext reads it (layout kept, so table
 * rows stay on one line). Fails loudly when pdftotext is missing: .ci/run
 * installs poppler-utils, and a PDF test that cannot read its PDF must not pass.
 */
export function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'talkoot-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    }).replace(/\u00a0/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's metadata as pdfinfo prints it (Title, Author, Pages, …). */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'talkoot-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
    return Object.fromEntries(
      out
        .split('\n')
        .map((line) => line.match(/^([^:]+):\s*(.*)$/))
        .filter((m): m is RegExpMatchArray => !!m)
        .map((m) => [m[1]!, m[2]!]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The names of the fonts in a PDF and whether each is embedded, from pdffonts. */
export function pdfFontsOf(pdf: Uint8Array): { name: string; embedded: boolean }[] {
  const dir = mkdtempSync(join(tmpdir(), 'talkoot-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    return out
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => {
        const cols = l.trim().split(/\s+/);
        // name type [encoding...] emb sub uni object ID: emb is the 5th column from the end.
        return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
