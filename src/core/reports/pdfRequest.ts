import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../schemas';
import { volunteerCertificateDocument, type VolunteerCertificate } from './volunteerCertificate';

/**
 * A PDF to make, as plain data: a report model and a language. It crosses to
 * the renderer's PDF worker by structured clone, where `buildPdfDocument`
 * turns it into the pdfmake document (which holds functions and cannot cross).
 */
export type PdfRequest = { kind: 'certificate'; lang: Language; model: VolunteerCertificate };

/** The pdfmake document for a request; the only switch from report kind to builder. */
export function buildPdfDocument(request: PdfRequest): TDocumentDefinitions {
  switch (request.kind) {
    case 'certificate':
      return volunteerCertificateDocument(request.model, request.lang);
  }
}
