/**
 * Which automatic backups to keep: the newest few, the newest of each of the
 * last days and the newest of each of the last months. Everything else may be
 * deleted. Pure: the backup writer (src/main/backups.ts) and the browser's
 * folder backups call it with their list and the current time.
 */

export type RotationPolicy = {
  /** Always kept: the newest `latest` backups. */
  latest: number;
  /** The newest backup of each of the last `days` calendar days (today included). */
  days: number;
  /** The newest backup of each of the last `months` calendar months (this month included). */
  months: number;
};

/** Last 5, one a day for 14 days, one a month for 12 months. */
export const DEFAULT_ROTATION: RotationPolicy = { latest: 5, days: 14, months: 12 };

export type BackupStamp = { name: string; takenAt: Date };

const pad = (n: number) => String(n).padStart(2, '0');
/** The local calendar day and month of a moment: a backup at 00:30 belongs to that day. */
const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;

/** The first `count` local days back from `now`, today first. */
function recentDays(now: Date, count: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < count; i++) {
    out.add(dayOf(new Date(now.getFullYear(), now.getMonth(), now.getDate() - i)));
  }
  return out;
}

function recentMonths(now: Date, count: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < count; i++)
    out.add(monthOf(new Date(now.getFullYear(), now.getMonth() - i, 1)));
  return out;
}

/**
 * The names of the backups to keep under `policy` at `now`. A backup dated in
 * the future (a clock set wrong) is kept and counted as newest, never deleted
 * on the strength of a clock that may be the wrong one.
 */
export function backupsToKeep(
  backups: readonly BackupStamp[],
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): Set<string> {
  const newestFirst = [...backups].sort(
    (a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.name < b.name ? 1 : -1),
  );
  const keep = new Set<string>();
  for (const b of newestFirst.slice(0, policy.latest)) keep.add(b.name);
  for (const b of newestFirst) if (b.takenAt.getTime() > now.getTime()) keep.add(b.name);
  const days = recentDays(now, policy.days);
  const months = recentMonths(now, policy.months);
  const seenDays = new Set<string>();
  const seenMonths = new Set<string>();
  for (const b of newestFirst) {
    const day = dayOf(b.takenAt);
    if (days.has(day) && !seenDays.has(day)) {
      seenDays.add(day);
      keep.add(b.name);
    }
    const month = monthOf(b.takenAt);
    if (months.has(month) && !seenMonths.has(month)) {
      seenMonths.add(month);
      keep.add(b.name);
    }
  }
  return keep;
}

/** The names of the backups that `backupsToKeep` does not keep. */
export function backupsToDelete(
  backups: readonly BackupStamp[],
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): string[] {
  const keep = backupsToKeep(backups, now, policy);
  return backups.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
