/**
 * The fiscal year (named by the calendar year it starts in) that the month
 * `YYYY-MM` or date `YYYY-MM-DD` falls in, when fiscal years start on the
 * first of `startMonth` (1 = the calendar year).
 */
export function fiscalYearOf(monthOrDate: string, startMonth: number): number {
  const year = Number(monthOrDate.slice(0, 4));
  const month = Number(monthOrDate.slice(5, 7));
  return month >= startMonth ? year : year - 1;
}

/** The fiscal year running on `today`: where a new association starts. */
export function currentFiscalYear(startMonth: number, today: string): number {
  return fiscalYearOf(today, startMonth);
}

/**
 * The fiscal years the annual summary can be chosen for: those with hours or
 * sessions (`months`, `YYYY-MM`) and the current one, newest first. Never
 * empty, so the year box always has a year to show.
 */
export function annualReportYears(
  months: readonly string[],
  today: string,
  startMonth: number,
): number[] {
  const years = new Set<number>([currentFiscalYear(startMonth, today)]);
  for (const m of months) if (/^\d{4}-\d{2}/.test(m)) years.add(fiscalYearOf(m, startMonth));
  return [...years].sort((a, b) => b - a);
}

/**
 * The year the annual summary is made for: the chosen one when it is among
 * `years`, else the current fiscal year. What the year box shows is always the
 * year the report covers — a year saved from another association, or last
 * year in an association that has no records yet, never leaves the box blank.
 */
export function shownAnnualYear(
  chosen: number | undefined,
  years: readonly number[],
  startMonth: number,
  today: string,
): number {
  return chosen !== undefined && years.includes(chosen)
    ? chosen
    : currentFiscalYear(startMonth, today);
}

/**
 * The twelve months as the fiscal-year start-month choice offers them, named
 * by `Intl` in the user's language ("heinäkuu", "juli", "July"), 1 = January.
 */
export function fiscalYearStartMonthOptions(lang: string): { month: number; label: string }[] {
  const format = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    label: format.format(new Date(Date.UTC(2001, i, 15))),
  }));
}
