import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../schemas';
import { advocacyReportDocument } from './advocacyReportDocument';
import type { AdvocacyReport } from './advocacyReportModel';
import { annualReportDocument } from './annualReportDocument';
import type { AnnualReport } from './annualReportModel';
import { feedbackFormDocument, type FeedbackFormPrint } from './feedbackFormDocument';
import { grantReportDocument } from './grantReportDocument';
import type { GrantReport } from './grantReportModel';
import { memberListDocument } from './memberListDocument';
import type { MemberList } from './memberListModel';
import { personDataDocument } from './personDataDocument';
import type { PersonData } from './personDataModel';
import { volunteerCertificateDocument } from './volunteerCertificateDocument';
import type { VolunteerCertificate } from './volunteerCertificateModel';
import { invoiceDocument, type InvoiceBatch } from '../invoices';
import { regionalSummaryDocument, type RegionalSummary } from '../network';

/**
 * A PDF to make, as plain data: a report model and a language. It crosses to
 * the renderer's PDF worker by structured clone, where `buildPdfDocument`
 * turns it into the pdfmake document (which holds functions and cannot cross).
 */
export type PdfRequest =
  | { kind: 'certificate'; lang: Language; model: VolunteerCertificate }
  | { kind: 'grant'; lang: Language; model: GrantReport }
  | { kind: 'advocacy'; lang: Language; model: AdvocacyReport }
  | { kind: 'annual'; lang: Language; model: AnnualReport }
  | { kind: 'memberList'; lang: Language; model: MemberList }
  | { kind: 'personData'; lang: Language; model: PersonData }
  | { kind: 'invoices'; lang: Language; model: InvoiceBatch }
  | { kind: 'regional'; lang: Language; model: RegionalSummary }
  | { kind: 'feedbackForm'; lang: Language; model: FeedbackFormPrint };

/** The pdfmake document for a request; the only switch from report kind to builder. */
export function buildPdfDocument(request: PdfRequest): TDocumentDefinitions {
  switch (request.kind) {
    case 'certificate':
      return volunteerCertificateDocument(request.model, request.lang);
    case 'grant':
      return grantReportDocument(request.model, request.lang);
    case 'advocacy':
      return advocacyReportDocument(request.model, request.lang);
    case 'annual':
      return annualReportDocument(request.model, request.lang);
    case 'memberList':
      return memberListDocument(request.model, request.lang);
    case 'personData':
      return personDataDocument(request.model, request.lang);
    case 'invoices':
      return invoiceDocument(request.model, request.lang);
    case 'regional':
      return regionalSummaryDocument(request.model, request.lang);
    case 'feedbackForm':
      return feedbackFormDocument(request.model, request.lang);
  }
}
