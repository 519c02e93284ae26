import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { generateDemoDataset } from '../../src/core/demo';
import { invoiceableFees, invoiceBatch, invoiceDocument } from '../../src/core/invoices';
import { pdfInfo, pdfText } from './support/pdfText';
import { runCli } from './support/runCli';

const dir = mkdtempSync(join(tmpdir(), 'talkoot-invoices-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Page `page` of a PDF as grey pixels (pdftoppm's binary PGM), for the QR decoder. */
function pageGrey(pdf: Uint8Array, page: number) {
  const file = join(dir, `p${page}.pdf`);
  writeFileSync(file, pdf);
  const pgm = execFileSync(
    'pdftoppm',
    ['-r', '150', '-gray', '-f', String(page), '-l', String(page), file],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  // Header: "P5\n<width> <height>\n255\n", then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[4 * i] = rgba[4 * i + 1] = rgba[4 * i + 2] = grey[i]!;
    rgba[4 * i + 3] = 255;
  }
  return { rgba, width, height };
}

const demo = generateDemoDataset({ seed: 5, today: '2026-11-22' });
const profile = { ...demo.profile[0]!, bic: 'OKOYFIHH' };
const fees = invoiceableFees(demo.fees, 'invoice', '2026-12-01').slice(0, 3);
// One member reads Swedish, one English, one the association's Finnish.
const people = demo.people.map((p) =>
  p.id === fees[1]!.personId
    ? { ...p, languages: ['sv'] }
    : p.id === fees[2]!.personId
      ? { ...p, languages: ['en'] }
      : { ...p, languages: [] },
);
const options = { issuedOn: '2026-12-01', dueOn: '2026-12-15', referenceForm: 'domestic' } as const;

describe('invoice PDFs', () => {
  it('prints one invoice a page whose QR code decodes to the exact EPC payload', async () => {
    const batch = invoiceBatch({ profile, people, fees }, { ...options, kind: 'invoice' });
    const pdf = await renderPdf(invoiceDocument(batch, 'fi'));
    expect(pdfInfo(pdf).Pages).toBe('3');
    for (const [i, invoice] of batch.invoices.entries()) {
      const { rgba, width, height } = pageGrey(pdf, i + 1);
      const qr = jsQR(rgba, width, height);
      expect(qr, `QR code on page ${i + 1}`).not.toBeNull();
      expect(qr!.data).toBe(invoice.qrPayload);
    }
  });

  it("prints the association's logo beside the sender on every page, and leaves out one that cannot be read", async () => {
    // A real 3 × 2 PNG.
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEUlEQVR4nGP4z8AAQTD6PwMAPtUF+6guL00AAAAASUVORK5CYII=';
    /** The raster images of each page, as pdfimages lists them (page number per image). */
    const imagesPerPage = async (logoDataUrl: string | undefined) => {
      const batch = invoiceBatch(
        { profile: { ...profile, logoDataUrl }, people, fees },
        { ...options, kind: 'invoice' },
      );
      const file = join(dir, 'logo.pdf');
      writeFileSync(file, await renderPdf(invoiceDocument(batch, 'fi')));
      const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
      const pages = list
        .split('\n')
        .slice(2)
        .filter((l) => l.trim())
        .map((l) => Number(l.trim().split(/\s+/)[0]));
      return [1, 2, 3].map((p) => pages.filter((n) => n === p).length);
    };
    const without = await imagesPerPage(undefined);
    const withLogo = await imagesPerPage(png);
    expect(withLogo).toEqual(without.map((n) => n + 1));
    // A stored logo that is not an image never stops the invoices: printed without it.
    expect(await imagesPerPage('data:image/png;base64,aGVsbG8=')).toEqual(without);
  });

  it("prints the barcode's digits and each page in its member's language", async () => {
    const batch = invoiceBatch({ profile, people, fees }, { ...options, kind: 'invoice' });
    const pdf = await renderPdf(invoiceDocument(batch, 'fi'));
    const pages = pdfText(pdf).split('\f');
    expect(pages[0]).toContain('LASKU');
    expect(pages[1]).toContain('FAKTURA');
    expect(pages[2]).toContain('INVOICE');
    for (const [i, invoice] of batch.invoices.entries()) {
      expect(pages[i]).toContain(invoice.barcode);
      expect(pages[i]).toContain(invoice.recipient.name);
      expect(pages[i]).toContain('OKOYFIHH');
    }
  });

  it('prints a reminder with the first due date and its own', async () => {
    const overdue = fees.map((f) => ({ ...f, dueOn: '2026-03-31' }));
    const batch = invoiceBatch(
      { profile, people: people.map((p) => ({ ...p, languages: [] })), fees: overdue },
      { ...options, kind: 'reminder', referenceForm: 'rf' },
    );
    const text = pdfText(await renderPdf(invoiceDocument(batch, 'fi')));
    expect(text).toContain('MAKSUMUISTUTUS');
    expect(text).toContain('eräpäivä oli 31.3.2026');
    expect(text).toContain('15.12.2026');
    expect(text).toMatch(/RF\d\d \d{4}/);
  });
});

describe('npm run cli -- invoices', () => {
  const cli = runCli;

  it("writes the year's unpaid invoices, and nothing when the profile has no IBAN", () => {
    const data = join(dir, 'data.json');
    expect(cli(['demo', '--out', data, '--today', '2026-11-22']).code).toBe(0);
    const out = join(dir, 'invoices.pdf');
    const ok = cli([
      'invoices',
      '--data',
      data,
      '--year',
      '2026',
      '--out',
      out,
      '--today',
      '2026-12-01',
    ]);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/Kirjoitettiin .*invoices\.pdf: \d+ laskua, yhteensä/);
    expect(pdfText(readFileSync(out))).toContain('Pankkiviivakoodi');

    const file = JSON.parse(readFileSync(data, 'utf8')) as {
      checksum?: unknown;
      tables: { profile: { iban?: string }[] };
    };
    file.tables.profile[0]!.iban = '';
    // A file edited by hand has no checksum.
    delete file.checksum;
    const noIban = join(dir, 'no-iban.json');
    writeFileSync(noIban, JSON.stringify(file));
    const missing = join(dir, 'missing.pdf');
    const r = cli([
      'invoices',
      '--data',
      noIban,
      '--year',
      '2026',
      '--out',
      missing,
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("An invoice needs the association's bank account");
    expect(existsSync(missing)).toBe(false);
  });
});
