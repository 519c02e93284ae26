/**
 * The association's calendar lives in Finland: "today", the day a record was
 * approved or trashed and the time on a backup's name are read on the
 * Europe/Helsinki clock, whatever time zone the computer (or the server that
 * runs the CLI) is set to. Otherwise a CLI run on a UTC machine just after
 * midnight on New Year's Day would still print last year's report.
 */
export const associationTimeZone = 'Europe/Helsinki';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: associationTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment on the association's clock: its calendar date (YYYY-MM-DD) and the time as "HH" and "MM". */
export function associationClock(at: Date): { date: string; hours: string; minutes: string } {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, hours: p.hour!, minutes: p.minute! };
}

/** The association's calendar date (YYYY-MM-DD) at `now`: the one "today" of the app and the CLI. */
export function todayIso(now: Date = new Date()): string {
  return associationClock(now).date;
}
