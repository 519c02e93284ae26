import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { parseDataFile, serializeDataFile } from '../../src/core/dataFile';
import { generateDemoDataset } from '../../src/core/demo';
import {
  advocacyReportDocument,
  annualReportDocument,
  chooseReportTexts,
  grantReportDocument,
  reportRequest,
  type AdvocacyReport,
  type AnnualReport,
  type GrantReport,
} from '../../src/core/reports';
import {
  activityTypes,
  associationProfileSchema,
  migrateReportTexts,
  reachesPeople,
} from '../../src/core/schemas';
import { pdfText } from './support/pdfText';

const data = generateDemoDataset({ seed: 1, today: '2026-11-22' });
const profile = data.profile[0]!;

describe('report texts per language', () => {
  it('reads the old flat shape as the Finnish texts and keeps unknown fields', () => {
    const flat = { whatWeDo: 'Teemme', annualNotDone: 'Jäi', ownField: 1 };
    expect(migrateReportTexts(flat)).toEqual({
      ownField: 1,
      fi: { whatWeDo: 'Teemme', annualNotDone: 'Jäi' },
    });
    const parsed = associationProfileSchema.parse({ ...profile, reportTexts: flat });
    expect(parsed.reportTexts).toEqual({
      ownField: 1,
      fi: { whatWeDo: 'Teemme', annualNotDone: 'Jäi' },
    });
    // The new shape is left as it is; so is a set of a language a newer version added.
    const nested = { fi: { whatWeDo: 'A' }, sv: { whatWeDo: 'B' }, de: { whatWeDo: 'C' } };
    expect(migrateReportTexts(nested)).toEqual(nested);
    expect(associationProfileSchema.parse({ ...profile, reportTexts: nested }).reportTexts).toEqual(
      nested,
    );
  });

  it('an old data file with flat texts opens with them as Finnish', () => {
    const old = structuredClone(data);
    (old.profile[0] as Record<string, unknown>).reportTexts = { whatWeDo: 'Vanha teksti' };
    const parsed = parseDataFile(
      serializeDataFile(old, { exportedAt: '2026-11-22T10:00:00.000Z' }),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.file.dataset.profile[0]!.reportTexts).toEqual({
      fi: { whatWeDo: 'Vanha teksti' },
    });
  });

  it("takes a language's own text, else the Finnish one marked, else nothing", () => {
    const p = {
      reportTexts: {
        fi: { whatWeDo: 'Teemme', advocacyAsks: 'Pyydämme' },
        sv: { whatWeDo: 'Vi gör', advocacyAsks: '  ' },
      },
    };
    const fields = ['whatWeDo', 'advocacyAsks', 'advocacyMessages'] as const;
    expect(chooseReportTexts(p, 'sv', fields)).toEqual({
      lines: { whatWeDo: ['Vi gör'], advocacyAsks: ['Pyydämme'], advocacyMessages: [] },
      fromFinnish: ['advocacyAsks'],
    });
    expect(chooseReportTexts(p, 'fi', fields).fromFinnish).toEqual([]);
    expect(chooseReportTexts(p, 'en', fields).fromFinnish).toEqual(['whatWeDo', 'advocacyAsks']);
    expect(chooseReportTexts(undefined, 'en', fields).lines.whatWeDo).toEqual([]);
  });

  it('a Swedish advocacy summary prints the Swedish text and marks the Finnish ones', async () => {
    const r = reportRequest(data, { kind: 'advocacy', lang: 'sv', printedOn: '2026-11-22' });
    const model = r.model as AdvocacyReport;
    expect(model.whatWeDo).toEqual([profile.reportTexts!.sv!.whatWeDo]);
    expect(model.textsInFinnish).toEqual(['advocacyMessages', 'advocacyAsks']);
    const text = pdfText(await renderPdf(advocacyReportDocument(model, 'sv')));
    expect(text).toContain(profile.reportTexts!.sv!.whatWeDo!.slice(0, 40));
    expect(text).not.toContain(profile.reportTexts!.fi!.whatWeDo!.slice(0, 40));
    expect(text.match(/Den här texten finns bara på finska\./g)).toHaveLength(2);
    // In Finnish nothing is marked.
    const fi = reportRequest(data, { kind: 'advocacy', lang: 'fi', printedOn: '2026-11-22' });
    const fiText = pdfText(
      await renderPdf(advocacyReportDocument(fi.model as AdvocacyReport, 'fi')),
    );
    expect(fiText).not.toContain('vain suomeksi');
  });

  it('an English annual summary marks its Finnish highlights', async () => {
    const r = reportRequest(data, {
      kind: 'annual',
      lang: 'en',
      year: 2025,
      printedOn: '2026-11-22',
    });
    const text = pdfText(await renderPdf(annualReportDocument(r.model as AnnualReport, 'en')));
    expect(text.match(/This text is in Finnish only\./g)).toHaveLength(2);
  });

  it('the grant report prints the results and the deviations from the plan', async () => {
    const grant = data.grants.find((g) => g.status === 'granted')!;
    const r = reportRequest(data, {
      kind: 'grant',
      lang: 'fi',
      grantId: grant.id,
      printedOn: '2026-11-22',
    });
    const model = r.model as GrantReport;
    expect(model.results).toEqual([profile.reportTexts!.fi!.grantResults]);
    const text = pdfText(await renderPdf(grantReportDocument(model, 'fi')));
    expect(text).toContain('Tulokset: mitä avustuksella saatiin aikaan');
    expect(text).toContain('Poikkeamat suunnitelmasta ja niiden syyt');
    expect(text).toContain(profile.reportTexts!.fi!.grantDeviations!.slice(0, 40));
  });

  it('an advocacy summary of an association without contact details still renders', async () => {
    const d = structuredClone(data);
    const p = d.profile[0]!;
    for (const k of [
      'email',
      'phone',
      'website',
      'streetAddress',
      'postalCode',
      'postOffice',
    ] as const)
      delete p[k];
    d.officials = [];
    delete p.chairName;
    const r = reportRequest(d, { kind: 'advocacy', lang: 'fi', printedOn: '2026-11-22' });
    const text = pdfText(await renderPdf(advocacyReportDocument(r.model as AdvocacyReport, 'fi')));
    expect(text).toContain('Yhteystiedot');
  });
});

describe('which activity types reach people', () => {
  it('board work and other internal work do not; groups, events, advocacy and training do', () => {
    expect(activityTypes.filter(reachesPeople)).toEqual([
      'peerSupportGroup',
      'eventSeries',
      'advocacy',
      'training',
    ]);
  });
});
