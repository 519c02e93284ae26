import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/core/demo';
import { periodFigures, yearPeriod } from '../../src/core/figures';
import {
  anonymisedName,
  anonymisePerson,
  formerMembersPastRetention,
  retentionYearsOf,
} from '../../src/core/people';
import { CertificateError, volunteerCertificateModel } from '../../src/core/reports';
import { memberListModel } from '../../src/core/reports/memberListModel';
import {
  associationProfileSchema,
  DEFAULT_RETENTION_YEARS,
  personSchema,
  type Dataset,
  type Person,
} from '../../src/core/schemas';

const today = '2026-11-22';
const now = '2026-11-22T10:00:00.000Z';
const data = generateDemoDataset({ seed: 1, today });

const minutesOf = (d: Dataset, id: string) =>
  d.hours.filter((h) => h.personId === id && !h.deletedAt).reduce((s, h) => s + h.minutes, 0);
const busiest = (people: Person[]) =>
  [...people].sort((a, b) => minutesOf(data, b.id) - minutesOf(data, a.id))[0]!;
// A former member with hours, and a current member with hours.
const former = busiest(data.people.filter((p) => p.leftOn && p.leftOn <= today));
const current = busiest(data.people.filter((p) => p.membership === 'regular' && !p.leftOn));

const full: Person = {
  ...former,
  email: 'anna.virtanen@example.fi',
  phone: '040 123 9876',
  streetAddress: 'Koivukuja 7 A 2',
  postalCode: '33720',
  postOffice: 'Tampere',
  notes: 'Puoliso Matti, soittaa mieluiten iltaisin.',
  languages: ['fi', 'sv'],
  leftReason: 'Muutti hoivakotiin Orivedelle',
  consents: { emailContact: true, nameInPublicMaterials: true, photos: true },
  favouriteColour: 'vihreä',
};

const replace = (d: Dataset, person: Person): Dataset => ({
  ...d,
  people: d.people.map((p) => (p.id === person.id ? person : p)),
});

describe('anonymisePerson', () => {
  const anon = anonymisePerson(full, now);

  it('removes the identity and every free-text or contact field', () => {
    expect(anon.fullName).toBe(`${anonymisedName('fi')} ${full.id.slice(0, 8)}`);
    expect(anon.homeMunicipality).not.toBe(full.homeMunicipality);
    for (const key of [
      'email',
      'phone',
      'streetAddress',
      'postalCode',
      'postOffice',
      'notes',
      'leftReason',
      'favouriteColour',
    ]) {
      expect(anon, key).not.toHaveProperty(key);
    }
    expect(anon.languages).toEqual([]);
    expect(anon.consents).toEqual({
      emailContact: false,
      nameInPublicMaterials: false,
      photos: false,
    });
    const json = JSON.stringify(anon);
    for (const value of [
      full.fullName,
      ...full.fullName.split(' '),
      full.homeMunicipality,
      'anna.virtanen',
      '040 123 9876',
      'Koivukuja',
      'Matti',
      'Orivedelle',
      'vihreä',
    ]) {
      expect(json, value).not.toContain(value);
    }
  });

  it('keeps the id, the record dates and the membership, and stamps the change', () => {
    expect(anon.id).toBe(full.id);
    expect(anon.createdAt).toBe(full.createdAt);
    expect(anon.updatedAt).toBe(now);
    expect(anon.anonymisedAt).toBe(now);
    expect(anon.membership).toBe(full.membership);
    expect(anon.joinedOn).toBe(full.joinedOn);
    expect(anon.leftOn).toBe(full.leftOn);
    expect(anon.deletedAt).toBe(full.deletedAt);
  });

  it('still passes the person schema, unchanged by it', () => {
    expect(personSchema.safeParse(anon).success).toBe(true);
    expect(personSchema.parse(anon)).toEqual(anon);
    expect(personSchema.parse(anonymisePerson(current, now))).toEqual(
      anonymisePerson(current, now),
    );
  });

  it('does not change the input and keeps the first date when run again', () => {
    const copy = structuredClone(full);
    anonymisePerson(full, now);
    expect(full).toEqual(copy);
    const again = anonymisePerson(anon, '2027-01-01T00:00:00.000Z');
    expect(again.anonymisedAt).toBe(now);
    expect(again.fullName).toBe(anon.fullName);
  });

  it('keeps every period figure of a former member, hours and membership alike', () => {
    expect(minutesOf(data, former.id)).toBeGreaterThan(0);
    const after = replace(data, anonymisePerson(former, now));
    for (const year of [2025, 2026]) {
      const period = yearPeriod(year, today);
      expect(periodFigures(after, period)).toEqual(periodFigures(data, period));
    }
    // The hours are still there, under the same id.
    expect(minutesOf(after, former.id)).toBe(minutesOf(data, former.id));
  });

  it('ends the membership of a current member on the day, but keeps their hours', () => {
    expect(minutesOf(data, current.id)).toBeGreaterThan(0);
    const anonCurrent = anonymisePerson(current, now);
    expect(anonCurrent.leftOn).toBe(today);
    const after = replace(data, anonCurrent);
    const period = yearPeriod(2026, today);
    const before = periodFigures(data, period);
    const figures = periodFigures(after, period);
    expect(figures.volunteerMinutes).toBe(before.volunteerMinutes);
    expect(figures.minutesByKind).toEqual(before.minutesByKind);
    expect(figures.volunteers).toBe(before.volunteers);
    expect(figures.volunteerValueCents).toBe(before.volunteerValueCents);
    expect(figures.membersAtEnd).toBe(before.membersAtEnd - 1);
    expect(periodFigures(after, yearPeriod(2025))).toEqual(periodFigures(data, yearPeriod(2025)));
    const list = memberListModel(after, { date: today, printedOn: today });
    expect(list.members.map((m) => m.fullName)).not.toContain(current.fullName);
  });

  it('leaves nothing to certify: the certificate refuses an anonymised person', () => {
    const after = replace(data, anonymisePerson(current, now));
    expect(() =>
      volunteerCertificateModel(after, { personId: current.id, printedOn: today }),
    ).toThrow(CertificateError);
    try {
      volunteerCertificateModel(after, { personId: current.id, printedOn: today });
    } catch (e) {
      expect((e as CertificateError).code).toBe('anonymised');
    }
  });
});

describe('formerMembersPastRetention', () => {
  const leaver = (id: string, leftOn: string, extra: Partial<Person> = {}): Person => ({
    ...former,
    id,
    fullName: `Entinen ${id.slice(-2)}`,
    joinedOn: '2010-01-01',
    leftOn,
    ...extra,
  });
  const people = [
    leaver('aaaaaaaa-0000-4000-8000-000000000001', '2019-03-01'),
    leaver('aaaaaaaa-0000-4000-8000-000000000002', '2021-11-22'), // exactly five years: not yet
    leaver('aaaaaaaa-0000-4000-8000-000000000003', '2021-11-21'),
    leaver('aaaaaaaa-0000-4000-8000-000000000004', '2018-05-01', { anonymisedAt: now }),
    leaver('aaaaaaaa-0000-4000-8000-000000000005', '2017-05-01'), // still volunteers
    leaver('aaaaaaaa-0000-4000-8000-000000000006', '2016-01-01', { deletedAt: now }),
  ];
  const hour = {
    ...data.hours[0]!,
    id: 'bbbbbbbb-0000-4000-8000-000000000001',
    personId: people[4]!.id,
    date: '2024-06-01',
  };
  const d: Dataset = { ...data, people: [...data.people, ...people], hours: [...data.hours, hour] };

  it('lists those who left more than N years ago, longest gone first', () => {
    expect(formerMembersPastRetention(d, today, 5).map((p) => p.id)).toEqual([
      people[5]!.id,
      people[0]!.id,
      people[2]!.id,
    ]);
  });

  it('matches a plain computation on the demo for a shorter period', () => {
    const cutoff = '2025-11-22';
    const active = new Set(d.hours.filter((h) => h.date >= cutoff).map((h) => h.personId));
    const expected = d.people
      .filter((p) => p.leftOn && p.leftOn < cutoff && !p.anonymisedAt && !active.has(p.id))
      .map((p) => p.id)
      .sort();
    expect(expected.length).toBeGreaterThan(people.length - 3);
    expect(
      formerMembersPastRetention(d, today, 1)
        .map((p) => p.id)
        .sort(),
    ).toEqual(expected);
  });

  it('takes the period from the profile, 5 years when it sets none', () => {
    expect(DEFAULT_RETENTION_YEARS).toBe(5);
    expect(retentionYearsOf(d)).toBe(5);
    expect(formerMembersPastRetention(d, today)).toEqual(formerMembersPastRetention(d, today, 5));
    const ten = { ...d, profile: [{ ...d.profile[0]!, retentionYears: 10 }] };
    expect(retentionYearsOf(ten)).toBe(10);
    // Cut-off 22.11.2016: only the one who left in January 2016.
    expect(formerMembersPastRetention(ten, today).map((p) => p.id)).toEqual([people[5]!.id]);
    expect(associationProfileSchema.parse(ten.profile[0]).retentionYears).toBe(10);
    expect(associationProfileSchema.safeParse({ ...d.profile[0], retentionYears: 0 }).success).toBe(
      false,
    );
  });

  it('is empty once everyone listed is anonymised', () => {
    const listed = new Set(formerMembersPastRetention(d, today, 5).map((p) => p.id));
    const done = {
      ...d,
      people: d.people.map((p) => (listed.has(p.id) ? anonymisePerson(p, now) : p)),
    };
    expect(formerMembersPastRetention(done, today, 5)).toEqual([]);
  });
});

describe('the anonymised name comes from the catalogue', () => {
  it('is written in the language of the user who anonymises', () => {
    expect(anonymisedName('fi')).toBe('Anonymisoitu');
    expect(anonymisedName('sv')).toBe('Anonymiserad');
    expect(anonymisedName('en')).toBe('Anonymised');
  });
});
