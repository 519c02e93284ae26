import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  Repository,
  TalkootDb,
  anonymiseStoredPerson,
  readDataset,
  type Clock,
} from '../../src/core/db';
import { periodFigures, yearPeriod } from '../../src/core/figures';
import { anonymisedName, anonymisePerson } from '../../src/core/people';
import { personSchema } from '../../src/core/schemas';

const created = '2024-03-01T09:00:00.000Z';
const now = '2026-11-22T10:00:00.000Z';
let clockNow = created;
const clock: Clock = () => new Date(clockNow);

let db: TalkootDb;

beforeEach(async () => {
  clockNow = created;
  db = new TalkootDb(`anonymise-db-test-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

async function seed() {
  const people = new Repository(db, 'people', clock);
  const anna = await people.create({
    fullName: 'Anna Virtanen',
    homeMunicipality: 'Tampere',
    email: 'anna.virtanen@example.fi',
    phone: '040 123 9876',
    streetAddress: 'Koivukuja 7 A 2',
    postalCode: '33720',
    postOffice: 'Tampere',
    languages: ['fi'],
    membership: 'regular',
    joinedOn: '2015-02-01',
    leftOn: '2025-12-31',
    leftReason: 'Muutti Orivedelle',
    consents: { emailContact: true, nameInPublicMaterials: true },
    notes: 'Soittaa mieluiten iltaisin.',
    shoeSize: 38,
  });
  const other = await people.create({ fullName: 'Eero Laine', homeMunicipality: 'Turku' });
  const hours = new Repository(db, 'hours', clock);
  await hours.create({ personId: anna.id, date: '2025-05-01', minutes: 150, kind: 'volunteering' });
  await hours.create({ personId: anna.id, date: '2025-06-01', minutes: 90, kind: 'peerSupport' });
  await hours.create({ personId: other.id, date: '2025-06-02', minutes: 60, kind: 'board' });
  return { anna, other };
}

describe('anonymiseStoredPerson', () => {
  it('replaces the stored row with exactly what anonymisePerson returns', async () => {
    const { anna } = await seed();
    clockNow = now;
    const result = await anonymiseStoredPerson(db, anna.id, clock);
    const stored = await db.tableOf('people').get(anna.id);
    expect(stored).toEqual(result);
    expect(result).toEqual(anonymisePerson(anna, now));
    expect(personSchema.parse(stored)).toEqual(stored);
    expect(stored!.fullName).toBe(`${anonymisedName('fi')} ${anna.id.slice(0, 8)}`);
    expect(stored!.anonymisedAt).toBe(now);
    expect(stored!.updatedAt).toBe(now);
    // The whole row is replaced, not patched: nothing identifying is left anywhere in it.
    const json = JSON.stringify(stored);
    for (const gone of [
      'Anna',
      'Virtanen',
      'Tampere',
      'anna.virtanen',
      '040 123',
      'Koivukuja',
      '33720',
      'Orivedelle',
      'iltaisin',
      'shoeSize',
    ]) {
      expect(json, gone).not.toContain(gone);
    }
    expect(stored!.consents).toEqual({ emailContact: false, nameInPublicMaterials: false });
  });

  it('keeps hour entries, other people and every figure', async () => {
    const { anna, other } = await seed();
    const before = await readDataset(db);
    clockNow = now;
    await anonymiseStoredPerson(db, anna.id, clock);
    const after = await readDataset(db);
    expect(after.hours).toEqual(before.hours);
    expect(after.people.find((p) => p.id === other.id)).toEqual(
      before.people.find((p) => p.id === other.id),
    );
    const period = yearPeriod(2025);
    expect(periodFigures(after, period)).toEqual(periodFigures(before, period));
    expect(periodFigures(after, period).volunteerMinutes).toBe(300);
  });

  it('keeps the first anonymisation date when run again', async () => {
    const { anna } = await seed();
    clockNow = now;
    await anonymiseStoredPerson(db, anna.id, clock);
    clockNow = '2027-01-05T08:00:00.000Z';
    const again = await anonymiseStoredPerson(db, anna.id, clock);
    expect(again.anonymisedAt).toBe(now);
    expect(again.updatedAt).toBe('2027-01-05T08:00:00.000Z');
  });

  it('refuses an unknown id and writes nothing', async () => {
    await seed();
    const before = await readDataset(db);
    await expect(anonymiseStoredPerson(db, crypto.randomUUID(), clock)).rejects.toThrow(
      /no record/,
    );
    expect(await readDataset(db)).toEqual(before);
  });

  it('anonymises a person in the trash too, and leaves them there', async () => {
    const { anna } = await seed();
    const people = new Repository(db, 'people', clock);
    await people.softDelete(anna.id);
    clockNow = now;
    const result = await anonymiseStoredPerson(db, anna.id, clock);
    expect(result.deletedAt).toBe(created);
    expect(result.email).toBeUndefined();
  });
});
