import { tableNames, type Dataset } from '../schemas';

/**
 * What a backup holds, read from the file before anything changes: shown when
 * the app offers to restore it, so the user can tell a good backup from an
 * empty or a stranger's one. Records in the trash are not counted.
 */
export type BackupSummary = {
  associationName: string | undefined;
  people: number;
  hours: number;
  activities: number;
  grants: number;
  /** Every record of every table, the trash included. */
  records: number;
};

export function backupSummary(dataset: Dataset): BackupSummary {
  const live = (rows: readonly { deletedAt?: string | null }[]) =>
    rows.filter((r) => !r.deletedAt).length;
  return {
    associationName: dataset.profile.find((p) => !p.deletedAt)?.name,
    people: live(dataset.people),
    hours: live(dataset.hours),
    activities: live(dataset.activities),
    grants: live(dataset.grants),
    records: tableNames.reduce((sum, t) => sum + dataset[t].length, 0),
  };
}
