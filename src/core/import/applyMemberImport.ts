import type { Dataset } from '../schemas';
import type { MemberImportPreview } from './prepareMemberImport';

/**
 * The dataset with the previewed people (and their fees) added, for the data
 * file path; the app writes the same records in one Dexie transaction. Rows
 * in `skipRows` (e.g. the duplicates the user chose to leave out) are not
 * added. Pure. Throws when the preview has errors: an import is all or nothing.
 */
export function applyMemberImport(
  data: Dataset,
  preview: MemberImportPreview,
  options: { skipRows?: readonly number[] } = {},
): Dataset {
  if (!preview.canImport) throw new Error('applyMemberImport: the preview has errors');
  const skip = new Set(options.skipRows ?? []);
  const rows = preview.rows.filter((r) => !skip.has(r.row));
  return {
    ...data,
    people: [...data.people, ...rows.map((r) => r.person!)],
    fees: [...data.fees, ...rows.flatMap((r) => (r.fee ? [r.fee] : []))],
  };
}
