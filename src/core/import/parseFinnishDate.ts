import { isCalendarDate } from '../schemas/common';

import type { ParsedValue } from '../format/euroAmount';

export type { ParsedValue };

// An optional time after the date, as some exports write "1.3.2024 0:00" or "2024-03-01T00:00:00".
const TIME = String.raw`(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?Z?)?`;
const FINNISH = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?${TIME}$`);
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);

/**
 * A calendar date written the Finnish way (1.3.2024, 01.03.2024) or as
 * 2024-03-01, as `YYYY-MM-DD`. A date that does not exist (31.2.2024), a
 * two-digit year or a year outside 1800–2200 is not a date.
 */
export function parseFinnishDate(text: string): ParsedValue<string> {
  const s = text.trim();
  let y: string, m: string, d: string;
  const fi = FINNISH.exec(s);
  const iso = fi ? null : ISO.exec(s);
  if (fi) [, d, m, y] = fi as unknown as [string, string, string, string];
  else if (iso) [, y, m, d] = iso as unknown as [string, string, string, string];
  else return { ok: false };
  const year = Number(y);
  if (year < 1800 || year > 2200) return { ok: false };
  const value = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isCalendarDate(value) ? { ok: true, value } : { ok: false };
}
