import type { Transaction } from 'dexie';
import { closeRow, volunteerRollupSpec } from '../figures/rollups';

/**
 * Schema version 6: each volunteer rollup's people move from an object keyed by
 * person id (`volunteers`) to the sorted arrays `people` and `counts`, which
 * Chromium reads back several times faster. Same entries, same ids.
 */
export async function upgradeVolunteerRollups(tx: Transaction): Promise<void> {
  await tx
    .table('volunteerRollups')
    .toCollection()
    .modify((r: Record<string, unknown>) => {
      const { id, month, activityId, grantId, entries, volunteers } = r;
      if (!volunteers || typeof volunteers !== 'object') return;
      const stored = closeRow(volunteerRollupSpec, {
        id: id as string,
        month: month as string,
        activityId: activityId as string,
        grantId: grantId as string,
        entries: entries as number,
        volunteers: new Map(Object.entries(volunteers as Record<string, number>)),
      });
      delete r.volunteers;
      r.people = stored.people;
      r.counts = stored.counts;
    });
}
