import { reportKinds, type ReportKind } from '../../../../core/reports';
import type { Language } from '../../../../core/schemas';

const STORAGE_KEY = 'talkoot.reports.lastChoice';

/** What the user chose on the Reports page, kept between visits. */
export type ReportPageChoice = {
  kind: ReportKind;
  year: number;
  from: string;
  to: string;
  grantId: string;
  municipality: string;
  lang: Language | '';
};

/** The choice saved last time, or a grant report of this year when there is none (or it is unreadable). */
export function loadReportPageChoice(today: string): ReportPageChoice {
  const fallback: ReportPageChoice = {
    kind: 'grant',
    year: Number(today.slice(0, 4)) - 1,
    from: `${today.slice(0, 4)}-01-01`,
    to: today,
    grantId: '',
    municipality: '',
    lang: '',
  };
  try {
    const saved = JSON.parse(
      localStorage.getItem(STORAGE_KEY) ?? '{}',
    ) as Partial<ReportPageChoice>;
    return {
      ...fallback,
      ...saved,
      kind: (reportKinds as readonly string[]).includes(saved.kind ?? '') ? saved.kind! : 'grant',
    };
  } catch {
    return fallback;
  }
}

/** Remember the choice for the next visit. */
export function saveReportPageChoice(choice: ReportPageChoice): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
}
