import type { Transaction } from 'dexie';
import { migrateReportTexts } from '../schemas';

/**
 * Schema version 4: the profile's flat report texts become the Finnish set of
 * the per-language texts (see migrateReportTexts); every other field stays.
 */
export async function upgradeReportTexts(tx: Transaction): Promise<void> {
  await tx
    .table('profile')
    .toCollection()
    .modify((p: Record<string, unknown>) => {
      if (p.reportTexts === undefined) return;
      p.reportTexts = migrateReportTexts(p.reportTexts);
    });
}
