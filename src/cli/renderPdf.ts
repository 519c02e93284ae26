import { fileURLToPath } from 'node:url';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfFontFamily, pdfFontFiles } from '../core/pdf';

const fontsDir = fileURLToPath(new URL('../../resources/fonts/', import.meta.url));
let ready = false;

// Fonts are read from resources/fonts by absolute path: pdfmake hands the same
// path to svg-to-pdfkit for the text in charts, which reads it through PDFKit
// (a virtual-file-system name would not be found there). The local access
// policy allows exactly those files; nothing in a document may reach any other
// file or the network (a data file could name a URL or a path as an image, and
// a report must never fetch or read it).
function setUp(): void {
  if (ready) return;
  const files = Object.fromEntries(
    Object.entries(pdfFontFiles).map(([style, file]) => [style, fontsDir + file]),
  );
  const allowed = new Set(Object.values(files));
  pdfmake.setFonts({ [pdfFontFamily]: files });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => allowed.has(path));
  ready = true;
}

/** Render a pdfmake document to PDF bytes in Node, fonts embedded, no network or disk access. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  setUp();
  return pdfmake.createPdf(doc).getBuffer();
}
