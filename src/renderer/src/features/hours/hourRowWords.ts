import { formatDate, formatMinutes } from '../../../../core/format';
import type { HourEntry, Language } from '../../../../core/schemas';

/** Who, when and how long, as a row's buttons, dialogs and notices name an hour entry. */
export function hourRowWords(h: HourEntry, person: string, lang: Language) {
  return { person, date: formatDate(h.date, lang), duration: formatMinutes(h.minutes, lang) };
}
