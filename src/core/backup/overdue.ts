/** A copy of the data older than this (or none at all) is worth a warning. */
export const BACKUP_WARNING_DAYS = 7;

/** True when the newest copy of the data (backup or export) is missing or over 7 days old. */
export function backupOverdue(newest: Date | null, now: Date): boolean {
  if (!newest) return true;
  return now.getTime() - newest.getTime() > BACKUP_WARNING_DAYS * 24 * 3600_000;
}

/** Minutes after the first change before the automatic backup is written. */
export const AUTO_BACKUP_DELAY_MINUTES = 5;
