import { associationClock } from '../dates/today';
import { translate } from '../i18n/translate';
import type { Language } from '../schemas';

/**
 * The name offered for the backup saved before a restore, merge or the demo
 * replaces data: `Talkoot-varmuuskopio-2026-12-01-1430.json` in the user's
 * language, with the association's (Helsinki) date and time to the minute, so two backups of
 * one day sort in order and a user can tell which one to restore.
 */
export function backupFileName(lang: Language, now: Date = new Date()): string {
  const { date, hours, minutes } = associationClock(now);
  return `Talkoot-${translate(lang, 'dataFile.backupFileWord')}-${date}-${hours}${minutes}.json`;
}
