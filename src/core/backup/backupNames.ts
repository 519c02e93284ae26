// The names of automatic backups, shared by the desktop app's writer
// (src/main/backups.ts) and the browser's folder backups: only files named
// like this are ever listed, read or deleted as backups.

/** talkoot-backup-20261201T144503123Z.json (plain) or .encrypted: UTC, sortable, any OS. */
const NAME =
  /^talkoot-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.(json|encrypted)$/;

/** The file name of a backup taken at `at`. */
export function backupFileName(at: Date, encrypted: boolean): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  return `talkoot-backup-${stamp}.${encrypted ? 'encrypted' : 'json'}`;
}

/** When a backup file name says it was taken, or undefined for any other name. */
export function backupTakenAt(name: string): Date | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s, ms] = m.slice(1, 8).map(Number) as [number, ...number[]];
  const at = new Date(Date.UTC(y, mo! - 1, d, h, mi, s, ms));
  // 20261301… would roll over into January: only a name that round-trips is one.
  if (Number.isNaN(at.getTime()) || backupFileName(at, m[8] === 'encrypted') !== name) {
    return undefined;
  }
  return at;
}
