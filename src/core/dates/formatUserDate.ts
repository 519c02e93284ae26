import { formatDate } from '../format/format';
import type { Language } from '../schemas/common';

/**
 * A `YYYY-MM-DD` date as a date field shows it: `1.12.2026` in Finnish and
 * Swedish (Finland Swedish writes dates the Finnish way), `1 Dec 2026` in
 * English (a month name, so nobody reads 1/12 as January 12). The same text
 * as everywhere else in the app and in the PDFs; `parseUserDate` reads it back.
 */
export function formatUserDate(isoDate: string, lang: Language): string {
  return formatDate(isoDate, lang);
}

/** The example under a date field: how to write 1 December of `today`'s year. */
export function userDateExample(lang: Language, today: string): string {
  return formatUserDate(`${today.slice(0, 4)}-12-01`, lang);
}
