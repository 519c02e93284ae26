import { anonymisePerson } from '../people';
import type { Person } from '../schemas';
import { Repository } from './Repository';
import type { TalkootDb } from './TalkootDb';
import { systemClock, type Clock } from './clock';

/**
 * Anonymise one stored person in a single transaction: read, strip with
 * `anonymisePerson`, validate, and replace the whole row. Not
 * `Repository.update`, which merges a patch into the stored row and so would
 * keep the email, phone and notes that anonymising must remove for good.
 * Hour entries and fees are left alone: they point to the id, so totals stay.
 */
export async function anonymiseStoredPerson(
  db: TalkootDb,
  personId: string,
  clock: Clock = systemClock,
): Promise<Person> {
  const people = new Repository(db, 'people', clock);
  const table = db.tableOf('people');
  return db.transaction('rw', table, async () => {
    const current = await table.get(personId);
    if (!current) throw new Error(`people: no record ${personId}`);
    const record = people.validate(anonymisePerson(current, clock().toISOString()));
    await table.put(record);
    return record;
  });
}
