import { toCsv } from '../csv';
import { formatDate } from '../format';
import { translate, type MessageKey } from '../i18n';
import type { HourEntry, Language } from '../schemas';
import { approvedOn } from './approval';

/** The names an hour list shows for its rows' people and activities, by id. */
export type HourListNames = {
  people: ReadonlyMap<string, string>;
  activities: ReadonlyMap<string, string>;
};

/**
 * The hour list's CSV rows in `lang`: one per entry, dates as Finnish Excel
 * reads them, the hours with two decimals (a decimal comma but in English),
 * an empty cell for a name or a figure that is not known.
 */
export function hoursCsvRows(
  entries: readonly HourEntry[],
  names: HourListNames,
  lang: Language,
): (string | number)[][] {
  const t = (key: MessageKey) => translate(lang, key);
  const separator = lang === 'en' ? '.' : ',';
  return entries.map((h) => {
    const on = approvedOn(h);
    return [
      formatDate(h.date, 'fi'),
      names.people.get(h.personId) ?? '',
      (h.activityId && names.activities.get(h.activityId)) || '',
      t(`ui.hours.kinds.${h.kind}`),
      h.minutes,
      (h.minutes / 60).toFixed(2).replace('.', separator),
      h.participantsReached ?? '',
      t(h.approved ? 'ui.common.yes' : 'ui.common.no'),
      (h.approved && h.approvedBy) || '',
      on ? formatDate(on, 'fi') : '',
      h.note ?? '',
    ];
  });
}

/** The column headings of hoursCsvRows, in `lang`. */
export function hoursCsvHeader(lang: Language): string[] {
  return (
    [
      'ui.hours.date',
      'ui.hours.person',
      'ui.hours.activity',
      'ui.hours.kind',
      'ui.hours.csvMinutes',
      'ui.hours.csvHours',
      'ui.hours.csvParticipants',
      'ui.hours.approved',
      'hourApproval.csvApprover',
      'hourApproval.csvApprovedOn',
      'ui.hours.csvNote',
    ] satisfies MessageKey[]
  ).map((key) => translate(lang, key));
}

/**
 * The hour list as a CSV file for Excel in Finland (see toCsv): every text
 * cell that could start a formula is escaped.
 */
export function hoursCsv(
  entries: readonly HourEntry[],
  names: HourListNames,
  lang: Language,
): string {
  return toCsv(hoursCsvHeader(lang), hoursCsvRows(entries, names, lang));
}
