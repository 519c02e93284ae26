import { reportRollupsOf, yearPeriod, type Period, type ReportRollups } from '../figures';
import { isReceivedGrant } from '../grants';
import type { Dataset, Language } from '../schemas';
import { advocacyReportModel } from './advocacyReportModel';
import { annualReportModel, fiscalYearPeriod } from './annualReportModel';
import { grantReportModel, grantReportPeriod, pickGrant } from './grantReportModel';
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
 * and the grant report the grant's own period (a chosen period is clipped
 * to it); only a received grant gets one. `rollups` are those of
 * `reportPeriod(data, choice)` (the app reads them from the rollup tables, the
 * CLI builds them from the data file); without them the models build them
 * from `data`'s rows.
 */
export function reportRequest(
  data: Dataset,
  choice: ReportChoice,
  rollups?: ReportRollups,
): ReportPdfRequest {
  const { lang, printedOn } = choice;
  const thisYear = Number(printedOn.slice(0, 4));
  const period = choice.year !== undefined ? yearPeriod(choice.year) : choice.period;
  if (period && period.from > period.to) throw new ReportError('badPeriod');
  switch (choice.kind) {
    case 'grant':
      return {
        kind: 'grant',
        lang,
        model: grantReportModel(
          data,
          {
            grantId: choice.grantId,
            period,
            impactNoteIds: choice.impactNoteIds,
            printedOn,
            lang,
          },
          rollups,
        ),
      };
    case 'advocacy':
      return {
        kind: 'advocacy',
        lang,
        model: advocacyReportModel(
          data,
          {
            period: period ?? yearPeriod(thisYear),
            municipality: choice.municipality || undefined,
            impactNoteIds: choice.impactNoteIds,
            printedOn,
            lang,
          },
          rollups,
        ),
      };
    case 'annual':
      return {
        kind: 'annual',
        lang,
        model: annualReportModel(
          data,
          {
            year: choice.year ?? (period ? Number(period.from.slice(0, 4)) : thisYear - 1),
            impactNoteIds: choice.impactNoteIds,
            printedOn,
            lang,
          },
          rollups,
        ),
      };
  }
}

/**
 * The report of `choice` from a whole dataset (a data file): the CLI's path.
 * The rollups the app keeps in its database are built from the file's rows
 * with the same functions, so the models compute the same figures from the
 * same input as in the app.
 */
export function reportRequestOfDataset(data: Dataset, choice: ReportChoice): ReportPdfRequest {
  const period = reportPeriod(data, choice);
  return reportRequest(data, choice, period && reportRollupsOf(data, period));
}

/**
 * The period the report of `choice` covers, told from the profile and the
 * grants alone, exactly as `reportRequest` and the report models derive it:
 * the grant's own period (a chosen one clipped to it), the chosen period or the
 * current year for the advocacy summary, the fiscal year for the annual
 * summary. A caller reads only this period's hours and sessions before
 * building the report. Undefined when the choice has no period (no such
 * grant, no profile, a bad period): `reportRequest` then throws the reason.
 */
export function reportPeriod(
  data: Pick<Dataset, 'profile' | 'grants'>,
  choice: ReportChoice,
): Period | undefined {
  const thisYear = Number(choice.printedOn.slice(0, 4));
  const period = choice.year !== undefined ? yearPeriod(choice.year) : choice.period;
  if (period && period.from > period.to) return undefined;
  try {
    switch (choice.kind) {
      case 'grant': {
        const grant = choice.grantId
          ? data.grants.find((g) => g.id === choice.grantId && !g.deletedAt)
          : pickGrant(data, period);
        // A grant not received gets no report, so no period: reportRequest tells why.
        return grant && isReceivedGrant(grant) ? grantReportPeriod(grant, period) : undefined;
      }
      case 'advocacy':
        return period ?? yearPeriod(thisYear);
      case 'annual': {
        const profile = data.profile.find((p) => !p.deletedAt);
        if (!profile) return undefined;
        const year = choice.year ?? (period ? Number(period.from.slice(0, 4)) : thisYear - 1);
        return fiscalYearPeriod(year, profile.fiscalYearStartMonth ?? 1);
      }
    }
  } catch {
    return undefined;
  }
}

/**
 * The years a report can be chosen for: those of `months` (`YYYY-MM`, the
 * months that have hours or sessions) and the current year, newest first.
 */
export function reportYears(months: readonly string[], today: string): number[] {
  const years = new Set<number>([Number(today.slice(0, 4))]);
  for (const m of months) if (/^\d{4}-/.test(m)) years.add(Number(m.slice(0, 4)));
  return [...years].sort((a, b) => b - a);
}
