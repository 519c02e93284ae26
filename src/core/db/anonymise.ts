import { anonymiseOfficial, anonymisePerson } from '../people';
import type { Language, Person } from '../schemas';
import { Repository } from './Repository';
import type { TalkootDb } from './TalkootDb';
import { systemClock, type Clock } from './clock';

/**
 * Anonymise one stored person in a single transaction: read, strip with
 * `anonymisePerson`, validate, and replace the whole row. Not
 * `Repository.update`, which merges a patch into the stored row and so would
 * keep the email, phone and notes that anonymising must remove for good.
 * Hour entries and fees are left alone: they point to the id, so totals stay.
 * The person's official terms keep their role and dates (the board of a past
 * year is still counted right) but lose the consent to print the name and
 * any note, in the same transaction.
 */
export async function anonymiseStoredPerson(
  db: TalkootDb,
  personId: string,
  clock: Clock = systemClock,
  lang: Language = 'fi',
): Promise<Person> {
  const people = new Repository(db, 'people', clock);
  const table = db.tableOf('people');
  const officials = db.tableOf('officials');
  return db.transaction('rw', [table, officials], async () => {
    const current = await table.get(personId);
    if (!current) throw new Error(`people: no record ${personId}`);
    const now = clock().toISOString();
    const record = people.validate(anonymisePerson(current, now, lang));
    await table.put(record);
    const terms = await officials.where('personId').equals(personId).toArray();
    await officials.bulkPut(terms.map((o) => anonymiseOfficial(o, now, lang)));
    return record;
  });
}
