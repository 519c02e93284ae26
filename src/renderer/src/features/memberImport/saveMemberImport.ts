import { Repository, type TalkootDb } from '../../../../core/db';
import { applyMemberImport, type MemberImportPreview } from '../../../../core/import';
import { emptyDataset } from '../../../../core/schemas';

/**
 * Write the previewed people and their fees, leaving out `skipRows`, in one
 * transaction: every record is saved or, on any failure, none. Throws when the
 * preview has errors. Returns how many people and fees were added.
 */
export async function saveMemberImport(
  db: TalkootDb,
  preview: MemberImportPreview,
  skipRows: readonly number[],
): Promise<{ people: number; fees: number }> {
  // The records applyMemberImport would add to a dataset, validated once more before writing.
  const added = applyMemberImport(emptyDataset(), preview, { skipRows });
  const people = added.people.map((p) => new Repository(db, 'people').validate(p));
  const fees = added.fees.map((f) => new Repository(db, 'fees').validate(f));
  await db.transaction('rw', [db.tableOf('people'), db.tableOf('fees')], async () => {
    await db.tableOf('people').bulkAdd(people);
    await db.tableOf('fees').bulkAdd(fees);
  });
  return { people: people.length, fees: fees.length };
}
