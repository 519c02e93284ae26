// Calendar-date arithmetic on YYYY-MM-DD strings, in UTC so no time zone or
// summer-time change shifts a day. The one copy fees, grants and the demo use.

const dayMs = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00.000Z`);

/** Whole days from `from` to `to`, across month and year ends (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / dayMs);
}

/** The date `days` days after `date` (before it, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(toTime(date) + days * dayMs).toISOString().slice(0, 10);
}

/** The day of the week of `date`: 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toTime(date)).getUTCDay();
}
