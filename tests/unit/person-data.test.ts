import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { generateDemoDataset } from '../../src/core/demo';
import { formatMinutes } from '../../src/core/format';
import { anonymisePerson } from '../../src/core/people';
import { PersonDataError, personDataDocument, personDataModel } from '../../src/core/reports';
import type { Dataset } from '../../src/core/schemas';
import { formatReferenceNumber } from '../../src/core/validators/referenceNumber';
import { pdfInfo, pdfText } from './support/pdfText';

const today = '2026-11-22';
const demo = generateDemoDataset({ seed: 1, today });
// The member with fees and the most hour entries in the demo.
const counts = new Map<string, number>();
for (const h of demo.hours) counts.set(h.personId, (counts.get(h.personId) ?? 0) + 1);
const withFees = new Set(demo.fees.map((f) => f.personId));
const personId = [...counts.entries()]
  .filter(([id]) => withFees.has(id))
  .sort((a, b) => b[1] - a[1])[0]![0];

// Make the person carry everything a record can: contact details, notes, a
// consent and a field from a newer version, and one hour entry in the trash.
const data: Dataset = structuredClone(demo);
const person = data.people.find((p) => p.id === personId)!;
Object.assign(person, {
  fullName: 'Søren Šimkus-Äärelä',
  email: 'soren@example.fi',
  phone: '040 111 2233',
  streetAddress: 'Kuusikuja 3',
  postalCode: '33500',
  postOffice: 'Tampere',
  notes: 'Toivoo kuljetusapua kokouksiin.',
  languages: ['fi', 'da'],
  consents: { emailContact: true, nameInPublicMaterials: false, photos: true },
  shoeSize: '44',
});
const myHours = data.hours.filter((h) => h.personId === personId);
myHours[0]!.deletedAt = '2026-10-01T00:00:00.000Z';
myHours[1]!.note = 'Kahvinkeitto ja siivous';
const myFees = data.fees.filter((f) => f.personId === personId);
const otherPerson = data.people.find((p) => p.id !== personId && p.email)!;

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof PersonDataError ? e.code : String(e);
  }
  return 'no error';
};

describe('personal data model', () => {
  const model = personDataModel(data, { personId, printedOn: today });

  it('holds every field of the person, with unknown fields and consents kept', () => {
    expect(model.details).toMatchObject({
      fullName: 'Søren Šimkus-Äärelä',
      homeMunicipality: person.homeMunicipality,
      email: 'soren@example.fi',
      phone: '040 111 2233',
      streetAddress: 'Kuusikuja 3',
      postalCode: '33500',
      postOffice: 'Tampere',
      notes: 'Toivoo kuljetusapua kokouksiin.',
      languages: ['fi', 'da'],
      createdAt: person.createdAt.slice(0, 10),
    });
    expect(model.membership).toEqual({
      type: person.membership,
      joinedOn: person.joinedOn,
      leftOn: person.leftOn,
      leftReason: person.leftReason,
    });
    expect(model.consents).toEqual([
      { key: 'emailContact', given: true },
      { key: 'nameInPublicMaterials', given: false },
      { key: 'photos', given: true },
    ]);
    expect(model.otherFields).toEqual([{ key: 'shoeSize', value: '44' }]);
  });

  it('holds all the person’s fees and hour entries, the trash included, oldest first', () => {
    expect(myFees.length).toBeGreaterThan(0);
    expect(model.fees.map((f) => f.reference).sort()).toEqual(
      myFees.map((f) => f.reference).sort(),
    );
    expect(model.fees.map((f) => f.year)).toEqual(myFees.map((f) => f.year).sort());
    expect(model.hours).toHaveLength(myHours.length);
    expect(model.hours.filter((h) => h.inTrash)).toHaveLength(1);
    const dates = model.hours.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    const live = myHours.filter((h) => !h.deletedAt);
    expect(model.totalMinutes).toBe(live.reduce((s, h) => s + h.minutes, 0));
    const activityName = new Map(data.activities.map((a) => [a.id, a.name]));
    for (const h of myHours) {
      expect(model.hours).toContainEqual(
        expect.objectContaining({
          date: h.date,
          minutes: h.minutes,
          kind: h.kind,
          activityName: h.activityId ? activityName.get(h.activityId) : undefined,
        }),
      );
    }
    expect(model.hours.some((h) => h.note === 'Kahvinkeitto ja siivous')).toBe(true);
  });

  it('holds nothing about anybody else', () => {
    const json = JSON.stringify(model);
    expect(json).not.toContain(otherPerson.fullName);
    expect(json).not.toContain(otherPerson.email!);
  });

  it('reports a person in the trash, and refuses unknown and anonymised people', () => {
    const trashed = structuredClone(data);
    trashed.people.find((p) => p.id === personId)!.deletedAt = '2026-11-01T00:00:00.000Z';
    expect(personDataModel(trashed, { personId, printedOn: today }).inTrash).toBe(true);
    expect(model.inTrash).toBe(false);
    expect(
      code(() => personDataModel(data, { personId: crypto.randomUUID(), printedOn: today })),
    ).toBe('noPerson');
    expect(
      code(() => personDataModel({ ...data, profile: [] }, { personId, printedOn: today })),
    ).toBe('noProfile');
    const anon = {
      ...data,
      people: data.people.map((p) =>
        p.id === personId ? anonymisePerson(p, `${today}T10:00:00.000Z`) : p,
      ),
    };
    expect(code(() => personDataModel(anon, { personId, printedOn: today }))).toBe('anonymised');
  });
});

describe('personal data PDF', () => {
  const model = personDataModel(data, { personId, printedOn: today });
  const expected = {
    fi: {
      title: 'Sinusta tallennetut tiedot',
      email: 'Sähköposti',
      deleted: '(roskakorissa)',
      yes: 'Kyllä',
      date: '22.11.2026',
      page: 'Sivu 1 /',
      total: 'Yhteensä',
    },
    sv: {
      title: 'Uppgifter som sparats om dig',
      email: 'E-post',
      deleted: '(i papperskorgen)',
      yes: 'Ja',
      date: '22.11.2026',
      page: 'Sida 1 /',
      total: 'Totalt',
    },
    en: {
      title: 'Your data held by the association',
      email: 'Email',
      deleted: '(in the trash)',
      yes: 'Yes',
      date: '22 Nov 2026',
      page: 'Page 1 of',
      total: 'Total',
    },
  } as const;

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`prints the person’s data in ${lang}`, async () => {
      const pdf = await renderPdf(personDataDocument(model, lang));
      const text = pdfText(pdf);
      const e = expected[lang];
      expect(pdfInfo(pdf).Title).toBe(e.title);
      expect(text).toContain(e.title);
      expect(text).toContain(data.profile[0]!.name);
      expect(text).toContain('Søren Šimkus-Äärelä');
      expect(text).toContain(e.email);
      expect(text).toContain('soren@example.fi');
      expect(text).toContain('Kuusikuja 3');
      expect(text).toContain('shoeSize');
      expect(text).toContain(e.yes);
      expect(text).toContain(e.date);
      expect(text).toContain(e.page);
      // A long note wraps inside its cell; the marker is still there once spaces are folded.
      expect(text.replace(/\s+/g, ' ')).toContain(e.deleted);
      expect(text).toContain('Kahvinkeitto ja siivous');
      for (const f of myFees) expect(text).toContain(formatReferenceNumber(f.reference!));
      const hours = formatMinutes(model.totalMinutes, lang).replace(/\u00a0/g, ' ');
      expect(text).toMatch(new RegExp(`${e.total}\\s+${hours}`));
      expect(text).not.toContain(otherPerson.email!);
    });
  }
});
