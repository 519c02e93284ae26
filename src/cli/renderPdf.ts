import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfFontFiles, pdfFonts } from '../core/pdf';

const fontsDir = fileURLToPath(new URL('../../resources/fonts/', import.meta.url));
let ready = false;

// The fonts go into pdfmake's virtual file system once; after that nothing in a
// document may reach the disk or the network (a data file could name a URL or
// a path as an image, and a report must never fetch or read it).
function setUp(): void {
  if (ready) return;
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(n: string, b: Buffer): void } })
    .virtualfs;
  for (const file of Object.values(pdfFontFiles)) {
    vfs.writeFileSync(file, readFileSync(fontsDir + file));
  }
  pdfmake.setFonts(pdfFonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

/** Render a pdfmake document to PDF bytes in Node, fonts embedded, no network or disk access. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  setUp();
  return pdfmake.createPdf(doc).getBuffer();
}
