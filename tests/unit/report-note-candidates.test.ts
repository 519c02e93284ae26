import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/core/demo';
import { reportNoteCandidates, reportNoteRules } from '../../src/core/impact';
import {
  advocacyReportModel,
  annualReportModel,
  grantReportModel,
  reportNoteOptions,
} from '../../src/core/reports';
import { impactNoteSchema, type Dataset, type ImpactNote } from '../../src/core/schemas';

const today = '2026-11-22';
const stamp = '2026-01-01T00:00:00.000Z';
const period = { from: '2026-01-01', to: today };

const note = (over: Partial<ImpactNote> = {}): ImpactNote =>
  impactNoteSchema.parse({
    id: crypto.randomUUID(),
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    date: '2026-03-05',
    type: 'quote',
    text: 'Sain ystävän.',
    source: 'anonymousParticipant',
    consentToPublish: true,
    ...over,
  }) as ImpactNote;

describe('reportNoteCandidates', () => {
  const quote = note({ text: 'Ryhmä on minulle tärkeä.', highlight: true });
  const twin = note({ text: '  ryhmä on MINULLE tärkeä. ', date: '2026-02-01' });
  const outcome = note({ type: 'outcome', text: 'Kolme uutta vapaaehtoista.' });
  const secret = note({ text: 'Ei lupaa.', consentToPublish: false });
  const trashed = note({ text: 'Roskakorissa.', deletedAt: stamp });
  const old = note({ text: 'Viime vuodelta.', date: '2025-06-01' });
  const notes = [quote, twin, outcome, secret, trashed, old];

  it('offers the advocacy summary only consented quotes and stories, one of a repeated text', () => {
    const options = reportNoteCandidates(notes, period, 'advocacy');
    expect(options.filter((o) => !o.blockedBy).map((o) => o.note.id)).toEqual([quote.id]);
    const blocked = new Map(
      options.filter((o) => o.blockedBy).map((o) => [o.note.id, o.blockedBy]),
    );
    expect(blocked.get(twin.id)).toBe('duplicate');
    expect(blocked.get(outcome.id)).toBe('notForReport');
    expect(blocked.get(secret.id)).toBe('noConsent');
    // Neither a note in the trash nor one of another period is listed at all.
    expect(blocked.has(trashed.id)).toBe(false);
    expect(blocked.has(old.id)).toBe(false);
  });

  it('offers the grant report and the annual summary an outcome too', () => {
    for (const kind of ['grant', 'annual'] as const) {
      const offered = reportNoteCandidates(notes, period, kind)
        .filter((o) => !o.blockedBy)
        .map((o) => o.note.id);
      expect(offered).toEqual([quote.id, outcome.id]);
    }
  });

  it('is what the Reports page’s picker (reportNoteOptions) lists', () => {
    for (const kind of ['grant', 'advocacy', 'annual'] as const) {
      expect(reportNoteOptions(notes, period, kind)).toEqual(
        reportNoteCandidates(notes, period, kind),
      );
    }
  });

  it('has a room per report that the report models print to', () => {
    expect(reportNoteRules.advocacy.max).toBe(2);
    expect(reportNoteRules.grant.max).toBeGreaterThan(reportNoteRules.advocacy.max);
  });
});

describe('every note offered is printed when chosen', () => {
  const data: Dataset = generateDemoDataset({ seed: 3, today });
  // The demo's own notes, plus a twin of a quote and an outcome, the two the advocacy summary drops.
  const quote = data.impactNotes.find(
    (n) => n.type === 'quote' && n.consentToPublish && !n.deletedAt && n.date >= period.from,
  )!;
  const twin = { ...quote, id: crypto.randomUUID(), date: period.from };
  const outcome = note({ type: 'outcome', text: 'Uusi ryhmä alkoi.' });
  const withExtra: Dataset = { ...data, impactNotes: [...data.impactNotes, twin, outcome] };
  const printedBy = {
    advocacy: (ids: string[]) =>
      advocacyReportModel(withExtra, { period, printedOn: today, impactNoteIds: ids }).voices,
    annual: (ids: string[]) =>
      annualReportModel(withExtra, { year: 2026, printedOn: today, impactNoteIds: ids }).notes,
    grant: (ids: string[]) => {
      const grant = withExtra.grants.find((g) => g.status === 'granted')!;
      return grantReportModel(withExtra, {
        grantId: grant.id,
        printedOn: today,
        impactNoteIds: ids,
      }).notes;
    },
  };

  for (const kind of ['advocacy', 'annual', 'grant'] as const) {
    it(`in the ${kind} report, and one not offered is not`, () => {
      const options = reportNoteCandidates(withExtra.impactNotes, period, kind);
      const offered = options.filter((o) => !o.blockedBy);
      expect(offered.length).toBeGreaterThan(0);
      for (const { note: n } of offered) {
        expect(printedBy[kind]([n.id]).map((p) => p.id)).toEqual([n.id]);
      }
      for (const { note: n } of options.filter((o) => o.blockedBy)) {
        // Blocked alone (no consent, a type it does not print) or next to its offered twin.
        const offeredTwin = offered.find(
          (o) => o.note.type === n.type && o.note.text.trim() === n.text.trim(),
        );
        const ids = offeredTwin ? [offeredTwin.note.id, n.id] : [n.id];
        expect(printedBy[kind](ids).map((p) => p.id)).not.toContain(n.id);
      }
      const blockOf = (id: string) => options.find((o) => o.note.id === id)?.blockedBy;
      expect([blockOf(quote.id), blockOf(twin.id)].sort()).toEqual([undefined, 'duplicate'].sort());
      if (kind === 'advocacy') expect(blockOf(outcome.id)).toBe('notForReport');
    });
  }
});
