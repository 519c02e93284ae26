import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { generateDemoDataset } from '../../src/core/demo';
import { anonymisePerson } from '../../src/core/people';
import { ReportError } from '../../src/core/reports/ReportError';
import { memberListDocument, memberListModel } from '../../src/core/reports';
import type { Dataset, Person } from '../../src/core/schemas';
import { pdfInfo, pdfText } from './support/pdfText';

const today = '2026-11-22';
const base = generateDemoDataset({ seed: 1, today });
const template = base.people.find((p) => p.membership === 'regular' && !p.leftOn)!;
const nordic: Person = {
  ...template,
  id: '11111111-2222-4333-8444-555555555555',
  fullName: 'Šárka Øvergaard-Äijälä',
  homeMunicipality: 'Närpiö',
  email: 'sarka@example.fi',
  phone: '040 999 8877',
  joinedOn: '2020-05-05',
};
const data: Dataset = { ...base, people: [...base.people, nordic] };
const profile = data.profile[0]!;

/** Members on `date` by plain comparisons, independent of isMemberOn. */
const expectedMembers = (d: Dataset, date: string) =>
  d.people.filter(
    (p) =>
      !p.deletedAt &&
      !p.anonymisedAt &&
      p.membership !== 'none' &&
      (!p.joinedOn || p.joinedOn <= date) &&
      (!p.leftOn || p.leftOn > date),
  );

describe('member list model', () => {
  const model = memberListModel(data, { date: today, printedOn: today });

  it('lists exactly the members on the date', () => {
    const expected = expectedMembers(data, today);
    expect(model.count).toBe(expected.length);
    expect(model.members).toHaveLength(expected.length);
    expect(model.members.map((m) => m.fullName).sort()).toEqual(
      expected.map((p) => p.fullName).sort(),
    );
    // Volunteers who are not members and people who have left are not there.
    const others = data.people.filter((p) => !expected.includes(p));
    expect(others.some((p) => p.membership === 'none')).toBe(true);
    expect(others.some((p) => p.leftOn)).toBe(true);
    const names = new Set(model.members.map((m) => m.fullName));
    expect(others.filter((p) => names.has(p.fullName))).toEqual([]);
  });

  it('follows the date: someone who left is on an earlier list', () => {
    const leaver = data.people.find(
      (p) => p.leftOn && p.leftOn > '2026-01-01' && p.leftOn <= today,
    )!;
    const earlier = memberListModel(data, { date: '2026-01-01', printedOn: today });
    expect(earlier.members.map((m) => m.fullName)).toContain(leaver.fullName);
    expect(model.members.map((m) => m.fullName)).not.toContain(leaver.fullName);
    expect(earlier.count).toBe(expectedMembers(data, '2026-01-01').length);
  });

  it('is in the statutory order: surname, then given names, Finnish collation (Å, Ä, Ö last)', () => {
    const fi = new Intl.Collator('fi');
    // Independent of personNameParts: the demo's names are "Given… Surname".
    const split = (n: string) => {
      const words = n.split(' ');
      return { surname: words.at(-1)!, given: words.slice(0, -1).join(' ') };
    };
    const names = model.members.map((m) => m.fullName);
    const expected = [...names].sort((a, b) => {
      const pa = split(a);
      const pb = split(b);
      return fi.compare(pa.surname, pb.surname) || fi.compare(pa.given, pb.given);
    });
    expect(names).toEqual(expected);
    expect(model.members.map((m) => m.listedName)).toEqual(
      expected.map((n) => `${split(n).surname} ${split(n).given}`),
    );
    // Ö sorts after Z in Finnish, not with O as in English.
    const surnames = names.map((n) => split(n).surname);
    expect(surnames.indexOf('Öhman')).toBeGreaterThan(surnames.findIndex((n) => n.startsWith('V')));
  });

  it('holds only the full name and home municipality', () => {
    for (const row of model.members) {
      expect(Object.keys(row).sort()).toEqual(['fullName', 'homeMunicipality', 'listedName']);
    }
    expect(model.members).toContainEqual({
      fullName: nordic.fullName,
      listedName: 'Øvergaard-Äijälä Šárka',
      homeMunicipality: nordic.homeMunicipality,
    });
    expect(JSON.stringify(model)).not.toContain(nordic.email);
    expect(JSON.stringify(model)).not.toContain(nordic.id);
  });

  it('leaves out people in the trash and anonymised people', () => {
    const changed: Dataset = {
      ...data,
      people: data.people.map((p) =>
        p.id === nordic.id
          ? { ...p, deletedAt: '2026-11-01T00:00:00.000Z' }
          : p.id === template.id
            ? anonymisePerson(p, '2026-11-01T00:00:00.000Z')
            : p,
      ),
    };
    const m = memberListModel(changed, { date: '2026-06-01', printedOn: today });
    expect(m.members.map((r) => r.fullName)).not.toContain(nordic.fullName);
    expect(m.members.some((r) => r.fullName.startsWith('Anonymisoitu'))).toBe(false);
    expect(m.count).toBe(memberListModel(data, { date: '2026-06-01', printedOn: today }).count - 2);
  });

  it('needs the association profile', () => {
    expect(() =>
      memberListModel({ ...data, profile: [] }, { date: today, printedOn: today }),
    ).toThrow(ReportError);
  });
});

describe('member list PDF', () => {
  const model = memberListModel(data, { date: today, printedOn: today });
  const expected = {
    fi: {
      title: 'Jäsenluettelo',
      date: '22.11.2026',
      page: (n: number, of: number) => `Sivu ${n} / ${of}`,
      count: (n: number) => `Jäseniä yhteensä ${n}`,
      municipality: 'Kotikunta',
    },
    sv: {
      title: 'Medlemsförteckning',
      date: '22.11.2026',
      page: (n: number, of: number) => `Sida ${n} / ${of}`,
      count: (n: number) => `Sammanlagt ${n} medlemmar`,
      municipality: 'Hemkommun',
    },
    en: {
      title: 'List of members',
      date: '22 Nov 2026',
      page: (n: number, of: number) => `Page ${n} of ${of}`,
      count: (n: number) => `${n} members in total`,
      municipality: 'Home municipality',
    },
  } as const;

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`prints the association, the date, every member and page numbers in ${lang}`, async () => {
      const pdf = await renderPdf(memberListDocument(model, lang));
      const text = pdfText(pdf);
      const info = pdfInfo(pdf);
      const e = expected[lang];
      const pages = Number(info.Pages);
      expect(pages).toBeGreaterThan(1);
      expect(info.Title).toBe(e.title);
      expect(info.Author).toBe(profile.name);
      expect(text).toContain(e.title);
      expect(text).toContain(profile.name);
      expect(text).toContain(e.date);
      expect(text).toContain(profile.registerNumber!);
      expect(text).toContain(e.municipality);
      for (let n = 1; n <= pages; n++) expect(text).toContain(e.page(n, pages));
      expect(model.count).toBeGreaterThan(50);
      expect(text).toContain(e.count(model.count));
      expect(text).toContain('Øvergaard-Äijälä Šárka');
      expect(text).toContain('Närpiö');
      for (const m of model.members) expect(text).toContain(m.listedName);
      // Nothing beyond name and municipality: no email or phone of anyone.
      expect(text).not.toContain(nordic.email!);
      expect(text).not.toContain(nordic.phone!);
      expect(text).not.toMatch(/@esimerkki\.fi/);
    });
  }

  it('prints the members in the model’s order', async () => {
    const text = pdfText(await renderPdf(memberListDocument(model, 'fi')));
    const positions = model.members.map((m) => text.indexOf(m.listedName));
    expect(positions.every((p, i) => i === 0 || p > positions[i - 1]!)).toBe(true);
  });
});
