/// <reference lib="webworker" />
import pdfMake from 'pdfmake/build/pdfmake';
import italics from '../../../../resources/fonts/Roboto-Italic.ttf?inline';
import bold from '../../../../resources/fonts/Roboto-Medium.ttf?inline';
import bolditalics from '../../../../resources/fonts/Roboto-MediumItalic.ttf?inline';
import normal from '../../../../resources/fonts/Roboto-Regular.ttf?inline';
import { pdfFontFiles, pdfFonts } from '../../../core/pdf';
import { buildPdfDocument } from '../../../core/reports';
import type { PdfWorkerMessage, PdfWorkerRequest } from './pdfWorkerMessage';

// pdfmake lays out and compresses the whole document in one go; in a worker the
// window stays responsive and can show progress while a long report is made.
// One worker lives as long as the window: the fonts are read once, not per PDF.
const base64 = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(',') + 1);
pdfMake.addVirtualFileSystem({
  [pdfFontFiles.normal]: base64(normal),
  [pdfFontFiles.bold]: base64(bold),
  [pdfFontFiles.italics]: base64(italics),
  [pdfFontFiles.bolditalics]: base64(bolditalics),
});
pdfMake.setFonts(pdfFonts);
// Nothing in a report may reach the network (an image URL in a data file, say).
(
  pdfMake as unknown as { setUrlAccessPolicy(cb: (url: string) => boolean): void }
).setUrlAccessPolicy(() => false);

const post = (message: PdfWorkerMessage, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer);

// The window sends one request at a time (makePdf queues them), so the one
// global progress callback always belongs to the request being made.
let current: number | undefined;
const fail = (error: unknown) => {
  if (current === undefined) return;
  post({
    id: current,
    type: 'error',
    message: error instanceof Error ? error.message : String(error),
  });
  current = undefined;
};
// pdfmake can fail inside its own callbacks, where the await below never
// hears of it: without these the window would wait for the PDF for ever.
self.addEventListener('unhandledrejection', (event) =>
  fail((event as PromiseRejectionEvent).reason),
);
self.addEventListener('error', (event) =>
  fail((event as ErrorEvent).error ?? (event as ErrorEvent).message),
);

self.onmessage = async (event: MessageEvent<PdfWorkerRequest>) => {
  const { id, request } = event.data;
  current = id;
  try {
    pdfMake.setProgressCallback((progress) => post({ id, type: 'progress', progress }));
    const buffer = await pdfMake.createPdf(buildPdfDocument(request)).getBuffer();
    const bytes = new Uint8Array(buffer);
    if (current !== id) return; // already reported as failed
    current = undefined;
    post({ id, type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    fail(error);
  }
};
