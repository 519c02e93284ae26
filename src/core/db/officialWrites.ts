import type { Official } from '../schemas';
import { Repository } from './Repository';
import type { TalkootDb } from './TalkootDb';
import { systemClock, type Clock } from './clock';

/** The fields of an official term a form edits; absent ones are removed from the record. */
export type OfficialFields = Pick<Official, 'role' | 'termStart' | 'consentToPublishName'> &
  Partial<Pick<Official, 'personId' | 'name' | 'termEnd' | 'note'>>;

const formFields = [
  'personId',
  'name',
  'role',
  'termStart',
  'termEnd',
  'consentToPublishName',
  'note',
];

/**
 * Rewrite an official term from a form in one transaction: the form's fields
 * replace the stored ones (a field the form left empty is removed, which
 * `Repository.update`, merging a patch, would keep), everything else stays,
 * and the result is validated before it is written.
 */
export async function saveOfficialFields(
  db: TalkootDb,
  id: string,
  fields: OfficialFields,
  clock: Clock = systemClock,
): Promise<Official> {
  const repo = new Repository(db, 'officials', clock);
  const table = db.tableOf('officials');
  return db.transaction('rw', table, async () => {
    const current = await table.get(id);
    if (!current) throw new Error(`officials: no record ${id}`);
    const kept = Object.fromEntries(
      Object.entries(current).filter(([k]) => !formFields.includes(k)),
    );
    const record = repo.validate({ ...kept, ...fields, updatedAt: clock().toISOString() });
    await table.put(record);
    return record;
  });
}
