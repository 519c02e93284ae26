import { addDays } from '../dates/calendarDays';

/** The first due date offered when billing `year`: 31 March of it, or 30 days from `today` if that is later. */
export function defaultDueOn(year: number, today: string): string {
  const march = `${year}-03-31`;
  const later = addDays(today, 30);
  return march >= later ? march : later;
}
