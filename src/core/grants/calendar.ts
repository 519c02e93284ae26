import { UserFacingError } from '../errors/errorText';
import { createEvents, type EventAttributes } from 'ics';
import { addDays } from '../dates/calendarDays';
import { translate, type MessageKeyUnder } from '../i18n';
import type { Language } from '../schemas';
import type { GrantDeadline } from './deadlines';

const dateArray = (date: string): [number, number, number] => {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
};

/** The day after `date` (YYYY-MM-DD): an all-day event ends there (DTEND is exclusive). */
const nextDay = (date: string) => addDays(date, 1);

/** The UID of a deadline's event: the same grant and kind always give the same event. */
export const deadlineUid = (d: Pick<GrantDeadline, 'grantId' | 'kind'>) =>
  `${d.grantId}-${d.kind}@talkoot`;

/**
 * The deadlines as an iCalendar file (RFC 5545): one all-day event per
 * deadline, titled with its kind and the grant's name in `lang`, with a UID
 * per grant and kind so importing the file again updates the events instead
 * of doubling them. `stampedAt` (an ISO timestamp) is the file's DTSTAMP, so
 * the same input always gives the same file. Throws when the library refuses.
 */
export function deadlinesCalendar(
  deadlines: readonly GrantDeadline[],
  lang: Language,
  stampedAt: string,
): string {
  const t = (key: MessageKeyUnder<'deadlines'>, params?: Record<string, string>) =>
    translate(lang, `deadlines.${key}`, params);
  const timestamp = Date.parse(stampedAt);
  const events = deadlines.map((d) => {
    const event = {
      uid: deadlineUid(d),
      title: t('eventTitle', {
        kind: translate(lang, `grants.deadlineKinds.${d.kind}`),
        grant: d.grantName,
      }),
      start: dateArray(d.date),
      end: dateArray(nextDay(d.date)),
      productId: 'talkoot/grants',
      calName: t('calendarName'),
      transp: 'TRANSPARENT',
      timestamp,
    };
    return event as EventAttributes;
  });
  if (events.length === 0) throw new UserFacingError(t('noDeadlines'));
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('ics');
  return value;
}
