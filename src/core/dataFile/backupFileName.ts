import { todayIso } from '../format';
import { translate } from '../i18n/translate';
import type { Language } from '../schemas';

/**
 * The name offered for the backup saved before a restore, merge or the demo
 * replaces data: `Talkoot-varmuuskopio-2026-12-01-1430.json` in the user's
 * language, with the local date and time to the minute, so two backups of
 * one day sort in order and a user can tell which one to restore.
 */
export function backupFileName(lang: Language, now: Date = new Date()): string {
  const time = `${String(now.getHours()).padStart(2, '0')}${String(now.getMinutes()).padStart(2, '0')}`;
  return `Talkoot-${translate(lang, 'dataFile.backupFileWord')}-${todayIso(now)}-${time}.json`;
}
