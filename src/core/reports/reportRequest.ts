import { yearPeriod, type Period } from '../figures';
import type { Dataset, Language } from '../schemas';
import { advocacyReportModel } from './advocacyReport';
import { annualReportModel } from './annualReport';
import { grantReportModel } from './grantReport';
import type { PdfRequest } from './pdfRequest';
import { ReportError } from './ReportError';

export const reportKinds = ['grant', 'advocacy', 'annual'] as const;
export type ReportKind = (typeof reportKinds)[number];

/** What a user chose on the Reports page or the command line. */
export type ReportChoice = {
  kind: ReportKind;
  lang: Language;
  printedOn: string;
  /** A calendar (or fiscal, for the annual summary) year; wins over `period`. */
  year?: number;
  period?: Period;
  grantId?: string;
  municipality?: string;
  /** Impact notes to print; undefined lets the report choose consented ones itself. */
  impactNoteIds?: string[];
};

/** The PDF request of one of the three reports. */
export type ReportPdfRequest = Extract<PdfRequest, { kind: ReportKind }>;

/**
 * Turn a choice into the report model to render, the single place where the
 * UI's and the CLI's options meet the report models. Defaults: the annual
 * summary covers the previous year, the advocacy summary the current year,
 * and the grant report the grant's own period.
 */
export function reportRequest(data: Dataset, choice: ReportChoice): ReportPdfRequest {
  const { lang, printedOn } = choice;
  const thisYear = Number(printedOn.slice(0, 4));
  const period = choice.year !== undefined ? yearPeriod(choice.year) : choice.period;
  if (period && period.from > period.to) throw new ReportError('badPeriod');
  switch (choice.kind) {
    case 'grant':
      return {
        kind: 'grant',
        lang,
        model: grantReportModel(data, {
          grantId: choice.grantId,
          period,
          impactNoteIds: choice.impactNoteIds,
          printedOn,
        }),
      };
    case 'advocacy':
      return {
        kind: 'advocacy',
        lang,
        model: advocacyReportModel(data, {
          period: period ?? yearPeriod(thisYear),
          municipality: choice.municipality || undefined,
          impactNoteIds: choice.impactNoteIds,
          printedOn,
        }),
      };
    case 'annual':
      return {
        kind: 'annual',
        lang,
        model: annualReportModel(data, {
          year: choice.year ?? (period ? Number(period.from.slice(0, 4)) : thisYear - 1),
          impactNoteIds: choice.impactNoteIds,
          printedOn,
        }),
      };
  }
}
