import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { generateDemoDataset } from '../../src/core/demo';
import {
  CertificateError,
  volunteerCertificateDocument,
  volunteerCertificateModel,
} from '../../src/core/reports';
import { pdfFontsOf, pdfInfo, pdfText } from './support/pdfText';

const today = '2026-11-22';
const data = generateDemoDataset({ seed: 1, today });
// The volunteer with the most hour entries in the demo.
const counts = new Map<string, number>();
for (const h of data.hours) counts.set(h.personId, (counts.get(h.personId) ?? 0) + 1);
const personId = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
const person = data.people.find((p) => p.id === personId)!;
const period = { from: '2025-01-01', to: '2025-12-31' };

describe('volunteer certificate model', () => {
  const model = volunteerCertificateModel(data, { personId, period, printedOn: today });

  it('totals the person’s hours in the period, computed independently here', () => {
    const mine = data.hours.filter(
      (h) =>
        !h.deletedAt && h.personId === personId && h.date >= period.from && h.date <= period.to,
    );
    expect(model.totalMinutes).toBe(mine.reduce((s, h) => s + h.minutes, 0));
    expect(model.days).toBe(new Set(mine.map((h) => h.date)).size);
    expect(model.activities.reduce((s, a) => s + a.minutes, 0)).toBe(model.totalMinutes);
    expect(model.kinds.reduce((s, k) => s + k.minutes, 0)).toBe(model.totalMinutes);
    expect(model.personName).toBe(person.fullName);
    expect(model.signer.name).toBe(data.profile[0]!.chairName);
  });

  it('without a period, runs from the first entry to the last', () => {
    const all = volunteerCertificateModel(data, { personId, printedOn: today });
    const dates = data.hours
      .filter((h) => h.personId === personId)
      .map((h) => h.date)
      .sort();
    expect(all.period).toEqual({ from: dates[0], to: dates.at(-1) });
  });

  it('refuses an unknown person, an anonymised one and a period without hours', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof CertificateError ? e.code : String(e);
      }
      return 'no error';
    };
    expect(
      code(() =>
        volunteerCertificateModel(data, { personId: crypto.randomUUID(), printedOn: today }),
      ),
    ).toBe('noPerson');
    const anon = structuredClone(data);
    anon.people.find((p) => p.id === personId)!.anonymisedAt = '2026-01-01T00:00:00.000Z';
    expect(code(() => volunteerCertificateModel(anon, { personId, printedOn: today }))).toBe(
      'anonymised',
    );
    expect(
      code(() =>
        volunteerCertificateModel(data, {
          personId,
          period: { from: '2000-01-01', to: '2000-12-31' },
          printedOn: today,
        }),
      ),
    ).toBe('noHours');
  });
});

describe('volunteer certificate PDF', () => {
  const expected = {
    fi: {
      title: 'Todistus vapaaehtoistyöstä',
      total: 'Yhteensä',
      page: 'Sivu 1 / 1',
      role: 'puheenjohtaja',
    },
    sv: {
      title: 'Intyg över frivilligarbete',
      total: 'Totalt',
      page: 'Sida 1 / 1',
      role: 'ordförande',
    },
    en: {
      title: 'Certificate of volunteer work',
      total: 'Total',
      page: 'Page 1 of 1',
      role: 'Chair',
    },
  } as const;

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`prints the person, the hours and the letterhead in ${lang}`, async () => {
      const model = volunteerCertificateModel(data, { personId, period, printedOn: today });
      const pdf = await renderPdf(volunteerCertificateDocument(model, lang));
      const text = pdfText(pdf);
      const e = expected[lang];
      expect(text).toContain(e.title);
      expect(text).toContain(person.fullName);
      expect(text).toContain(data.profile[0]!.name);
      expect(text).toContain(e.page);
      expect(text).toContain(e.role);
      const hours = Math.floor(model.totalMinutes / 60);
      expect(text).toMatch(
        new RegExp(`${e.total}\\s+${hours.toLocaleString('fi').replace(/\s/g, '\\s')}\\s*h`),
      );
      const info = pdfInfo(pdf);
      expect(info.Title).toBe(e.title);
      expect(info.Author).toBe(data.profile[0]!.name);
      const fonts = pdfFontsOf(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((f) => f.embedded)).toBe(true);
    });
  }

  it('prints letters beyond Latin-1 (Š, Ø, €) as written', async () => {
    const odd = structuredClone(data);
    odd.people.find((p) => p.id === personId)!.fullName = 'Šárka Søndergård-Ääkkönen';
    odd.profile[0]!.name = 'Yhdistys € ry';
    const model = volunteerCertificateModel(odd, { personId, printedOn: today });
    const text = pdfText(await renderPdf(volunteerCertificateDocument(model, 'fi')));
    expect(text).toContain('Šárka Søndergård-Ääkkönen');
    expect(text).toContain('Yhdistys € ry');
  });

  it('never fetches an image from the network or the disk', async () => {
    const model = volunteerCertificateModel(data, { personId, printedOn: today });
    const doc = volunteerCertificateDocument(model, 'fi');
    doc.content = [...(doc.content as never[]), { image: 'https://example.com/logo.png' }];
    await expect(renderPdf(doc)).rejects.toThrow();
    doc.content = [...(doc.content as never[]).slice(0, -1), { image: '/etc/hostname' }];
    await expect(renderPdf(doc)).rejects.toThrow(/denied|Invalid image/);
  });
});
