/** Calendar-date arithmetic on YYYY-MM-DD strings, in UTC so no time zone shifts a day. */
export function parseIsoDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export { addDays, daysBetween, weekday } from '../dates/calendarDays';
