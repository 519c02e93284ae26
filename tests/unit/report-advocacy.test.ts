import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { generateDemoDataset } from '../../src/core/demo';
import { ReportError } from '../../src/core/reports/ReportError';
import {
  advocacyMunicipalities,
  advocacyReportDocument,
  advocacyReportModel,
  type AdvocacyReportOptions,
} from '../../src/core/reports';
import type { Dataset } from '../../src/core/schemas';
import { pdfFontsOf, pdfInfo, pdfText } from './support/pdfText';

const today = '2026-11-22';
const data = generateDemoDataset({ seed: 1, today });
const period = { from: '2026-01-01', to: today };
const profile = data.profile[0]!;

/** The headline figures by plain loops, independent of the core figure functions. */
function expectedFigures(d: Dataset, municipality?: string) {
  const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase();
  const inPeriod = (date: string) => date >= period.from && date <= period.to;
  const activityIds = new Set(
    d.activities
      .filter((a) => !a.deletedAt && (!municipality || norm(a.municipality) === norm(municipality)))
      .map((a) => a.id),
  );
  let participants = 0;
  let sessions = 0;
  for (const s of d.sessions) {
    if (s.deletedAt || !inPeriod(s.date)) continue;
    if (municipality && !activityIds.has(s.activityId)) continue;
    sessions += 1;
    // Board meetings and other internal work reach no one: not counted as people reached.
    const type = d.activities.find((a) => a.id === s.activityId)?.type;
    if (type !== 'boardWork' && type !== 'other') participants += s.participants;
  }
  let minutes = 0;
  const volunteers = new Set<string>();
  for (const h of d.hours) {
    if (h.deletedAt || !inPeriod(h.date)) continue;
    if (municipality && !(h.activityId && activityIds.has(h.activityId))) continue;
    minutes += h.minutes;
    volunteers.add(h.personId);
  }
  let members = 0;
  for (const p of d.people) {
    if (p.deletedAt || p.membership === 'none') continue;
    if (municipality && norm(p.homeMunicipality) !== norm(municipality)) continue;
    if (p.joinedOn && p.joinedOn > period.to) continue;
    if (p.leftOn && p.leftOn <= period.to) continue;
    members += 1;
  }
  return {
    peopleReached: participants,
    sessions,
    volunteers: volunteers.size,
    volunteerMinutes: minutes,
    volunteerValueCents: Math.round((minutes / 60) * profile.hourValueCents),
    members,
  };
}

const options: AdvocacyReportOptions = { period, printedOn: today };

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ReportError ? e.code : String(e);
  }
  return 'no error';
};

describe('advocacy summary model', () => {
  it('lists the municipalities of live activities, sorted the Finnish way', () => {
    const d = structuredClone(data);
    // activities[0] is 'Tampere': the first spelling wins over ' tampere '.
    d.activities[1]!.municipality = ' tampere ';
    d.activities[2]!.municipality = 'Äänekoski';
    d.activities[4]!.municipality = 'Ylöjärvi';
    d.activities[3]!.deletedAt = '2026-01-01T00:00:00.000Z';
    d.activities[3]!.municipality = 'Deleted';
    expect(advocacyMunicipalities(d)).toEqual(['Tampere', 'Ylöjärvi', 'Äänekoski']);
    expect(advocacyMunicipalities(data)).toEqual(['Nokia', 'Tampere']);
  });

  it('counts the whole association’s figures, computed independently here', () => {
    const model = advocacyReportModel(data, options);
    const e = expectedFigures(data);
    expect(model.figures).toMatchObject(e);
    expect(e.sessions).toBeGreaterThan(50);
    expect(model.figures.hourValueSource).toBe(profile.hourValueSource);
    expect(model.municipality).toBeUndefined();
    // Every demo activity met in the period.
    expect(model.activities.map((a) => a.name).sort()).toEqual(
      data.activities.map((a) => a.name).sort(),
    );
    // The model crosses to a worker by structured clone, unchanged.
    expect(structuredClone(model)).toEqual(model);
  });

  it('with a municipality, counts only its activities, their sessions and hours', () => {
    for (const asked of ['Nokia', '  nOKIA ', 'Tampere']) {
      const model = advocacyReportModel(data, { ...options, municipality: asked });
      const e = expectedFigures(data, asked);
      expect(model.figures).toMatchObject(e);
      expect(model.municipality).toBe(
        asked.trim()[0]!.toUpperCase() + asked.trim().slice(1).toLowerCase(),
      );
    }
    const nokia = advocacyReportModel(data, { ...options, municipality: 'Nokia' });
    const whole = advocacyReportModel(data, options);
    expect(nokia.figures.sessions).toBeGreaterThan(0);
    expect(nokia.figures.sessions).toBeLessThan(whole.figures.sessions);
    expect(nokia.activities.map((a) => a.name)).toEqual(['Nokian vertaisryhmä']);
  });

  it('gives zero figures for a municipality without activities', () => {
    const model = advocacyReportModel(data, { ...options, municipality: 'Utsjoki' });
    expect(model.figures).toMatchObject({
      peopleReached: 0,
      sessions: 0,
      volunteers: 0,
      volunteerMinutes: 0,
      volunteerValueCents: 0,
      members: expectedFigures(data, 'Utsjoki').members,
    });
    expect(model.activities).toEqual([]);
    expect(model.voices).toEqual([]);
    expect(model.municipality).toBe('Utsjoki');
  });

  it('prints only consented quotes and stories, highlights first, then newest, at most four', () => {
    const model = advocacyReportModel(data, {
      ...options,
      period: { from: '2025-01-01', to: today },
    });
    const byId = new Map(data.impactNotes.map((n) => [n.id, n]));
    const eligible = data.impactNotes
      .filter(
        (n) =>
          n.consentToPublish &&
          (n.type === 'quote' || n.type === 'participantStory') &&
          n.date >= '2025-01-01' &&
          n.date <= today,
      )
      .map((n) => `${n.highlight ? 1 : 0}|${n.date}`)
      .sort()
      .reverse();
    expect(eligible.some((k) => k.startsWith('1|'))).toBe(true);
    expect(model.voices).toHaveLength(Math.min(2, eligible.length));
    expect(model.voices.map((v) => `${byId.get(v.id)!.highlight ? 1 : 0}|${v.date}`)).toEqual(
      eligible.slice(0, 2),
    );
    for (const v of model.voices) expect(byId.get(v.id)!.consentToPublish).toBe(true);
  });

  it('never prints a note without consent, even when its id is passed', () => {
    const secret = data.impactNotes.find((n) => n.type === 'quote' && !n.consentToPublish)!;
    const open = data.impactNotes.find((n) => n.type === 'quote' && n.consentToPublish)!;
    expect(secret).toBeDefined();
    const model = advocacyReportModel(data, {
      ...options,
      impactNoteIds: [secret.id, open.id, crypto.randomUUID()],
    });
    expect(model.voices.map((v) => v.id)).toEqual([open.id]);
    // Voices carry type, source and date, never a person.
    expect(Object.keys(model.voices[0]!).sort()).toEqual(['date', 'id', 'source', 'text', 'type']);
  });

  it('takes the texts line by line from the profile', () => {
    const model = advocacyReportModel(data, options);
    expect(model.messages).toEqual(profile.reportTexts!.fi!.advocacyMessages!.split('\n'));
    expect(model.asks).toHaveLength(2);
    expect(model.whatWeDo).toEqual([profile.reportTexts!.fi!.whatWeDo]);
    expect(model.contact).toMatchObject({
      name: profile.name,
      chairName: profile.chairName,
      email: profile.email,
      phone: profile.phone,
      website: profile.website,
    });
  });

  it('refuses a missing profile and a period that ends before it starts', () => {
    const noProfile = { ...data, profile: [] };
    expect(code(() => advocacyReportModel(noProfile, options))).toBe('noProfile');
    expect(
      code(() =>
        advocacyReportModel(data, { ...options, period: { from: '2026-05-01', to: '2026-04-30' } }),
      ),
    ).toBe('badPeriod');
  });
});

describe('advocacy summary PDF', () => {
  const expected = {
    fi: {
      title: 'Vaikuttamistyön yhteenveto',
      headings: ['Toimintamme lukuina', 'Mitä teemme', 'Osallistujien ääni', 'Viestimme'],
      asks: 'Toiveemme päättäjille',
      contact: 'Yhteystiedot',
      subtitle: '1.1.2026–22.11.2026',
    },
    sv: {
      title: 'Sammanfattning av påverkansarbetet',
      headings: ['Vår verksamhet i siffror', 'Vad vi gör', 'Deltagarnas röst', 'Våra budskap'],
      asks: 'Våra önskemål till beslutsfattarna',
      contact: 'Kontaktuppgifter',
      subtitle: '1.1.2026–22.11.2026',
    },
    en: {
      title: 'Advocacy summary',
      headings: ['Our work in figures', 'What we do', 'Voices of participants', 'Our messages'],
      asks: 'Our asks to decision makers',
      contact: 'Contact',
      subtitle: '1 Jan 2026–22 Nov 2026',
    },
  } as const;
  const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`prints the figures, sections and contact in ${lang}, within two pages`, async () => {
      const model = advocacyReportModel(data, options);
      const before = structuredClone(model);
      const pdf = await renderPdf(advocacyReportDocument(model, lang));
      // Rendering must not change the model (pdfmake rewrites its input in place).
      expect(model).toEqual(before);
      const text = pdfText(pdf);
      const e = expected[lang];
      for (const s of [e.title, ...e.headings, e.asks, e.contact, e.subtitle]) {
        expect(text).toContain(s);
      }
      const f = expectedFigures(data);
      const sep = lang === 'en' ? ',' : ' ';
      expect(text).toContain(group(f.peopleReached, sep));
      const hours = `${group(Math.floor(f.volunteerMinutes / 60), sep)} h`;
      expect(text).toContain(hours);
      const euros = group(Math.floor(f.volunteerValueCents / 100), sep);
      const cents = String(f.volunteerValueCents % 100).padStart(2, '0');
      expect(text).toContain(lang === 'en' ? `€${euros}.${cents}` : `${euros},${cents} €`);
      expect(text).toContain(profile.hourValueSource);
      expect(text).toContain(profile.chairName!);
      expect(text).toContain(profile.email!);
      expect(text).toContain(model.voices[0]!.text.slice(0, 30));
      // Each message is a bullet of its own (its first words: the column wraps the rest).
      for (const line of model.asks) expect(text).toContain(line.slice(0, 25));
      const info = pdfInfo(pdf);
      expect(info.Title).toBe(e.title);
      expect(Number(info.Pages)).toBeLessThanOrEqual(2);
      const fonts = pdfFontsOf(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((font) => font.embedded)).toBe(true);
    });
  }

  it('names the municipality and prints zeros when it has no activities', async () => {
    const model = advocacyReportModel(data, { ...options, municipality: 'Utsjoki' });
    const pdf = await renderPdf(advocacyReportDocument(model, 'fi'));
    const text = pdfText(pdf);
    expect(text).toContain('Utsjoki · 1.1.2026–22.11.2026');
    expect(text).toContain('Ajanjaksolla ei ollut kirjattua toimintaa.');
    expect(text).toMatch(/0,00 €/);
    expect(text).not.toContain('Osallistujien ääni');
    expect(Number(pdfInfo(pdf).Pages)).toBe(1);
  });

  it('does not print a passed note that has no consent', async () => {
    const secret = data.impactNotes.find((n) => n.type === 'quote' && !n.consentToPublish)!;
    const model = advocacyReportModel(data, { ...options, impactNoteIds: [secret.id] });
    const text = pdfText(await renderPdf(advocacyReportDocument(model, 'fi')));
    expect(text).not.toContain(secret.text.slice(0, 20));
    expect(text).not.toContain('Osallistujien ääni');
  });

  it('leaves out the text sections when the profile has no report texts', async () => {
    const bare = structuredClone(data);
    bare.profile[0]!.reportTexts = { fi: { whatWeDo: '', advocacyMessages: '  \n ' } };
    const model = advocacyReportModel(bare, options);
    expect(model).toMatchObject({ whatWeDo: [], messages: [], asks: [] });
    const text = pdfText(await renderPdf(advocacyReportDocument(model, 'fi')));
    expect(text).not.toContain('Viestimme');
    expect(text).not.toContain('Toiveemme päättäjille');
    expect(text).not.toContain(profile.reportTexts!.fi!.whatWeDo!.slice(0, 20));
    // The activity table and the contact stay.
    expect(text).toContain('Mitä teemme');
    expect(text).toContain('Yhteystiedot');
    const none = structuredClone(data);
    delete none.profile[0]!.reportTexts;
    expect(advocacyReportModel(none, options)).toMatchObject({ messages: [], asks: [] });
  });
});
