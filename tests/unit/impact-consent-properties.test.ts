import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { generateDemoDataset } from '../../src/core/demo';
import { readTallyForm, tallyFormValues } from '../../src/core/impact';
import {
  buildPdfDocument,
  reportNoteChoices,
  reportNoteOptions,
  reportRequest,
  reportKinds,
  type ReportChoice,
} from '../../src/core/reports';
import {
  impactNoteTypes,
  impactSources,
  languageCodes,
  tableSchemas,
  type Dataset,
  type ImpactNote,
} from '../../src/core/schemas';
import { pdfText } from './support/pdfText';

/**
 * The consent guarantee: over random notes in a real association's data and
 * random report choices (notes chosen by hand included, unconsented ones
 * among them), no unconsented or trashed note's text reaches a report model,
 * the PDF document built from it, or the PDF's text. Outward paths are the
 * report models and the grant, advocacy and annual PDFs.
 */

const today = '2026-11-20';
const demo = generateDemoDataset({ seed: 7, today });
const activityIds = demo.activities.map((a) => a.id);
const grantIds = demo.grants.map((g) => g.id);
const stamp = '2026-01-01T00:00:00.000Z';

type NoteSeed = {
  day: number;
  type: ImpactNote['type'];
  source: ImpactNote['source'];
  consent: boolean;
  trashed: boolean;
  highlight: boolean;
  activity: number;
  grant: number;
  /** 0: new text; otherwise copy another note's text (the same words, once with consent, once without). */
  copyOf: number;
  tally: number[] | null;
};

const noteSeed: fc.Arbitrary<NoteSeed> = fc.record({
  day: fc.integer({ min: 0, max: 3 * 365 }),
  type: fc.constantFrom(...impactNoteTypes),
  source: fc.constantFrom(...impactSources),
  consent: fc.boolean(),
  trashed: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  highlight: fc.boolean(),
  activity: fc.integer({ min: -1, max: activityIds.length - 1 }),
  grant: fc.integer({ min: -1, max: grantIds.length - 1 }),
  copyOf: fc.integer({ min: 0, max: 6 }),
  tally: fc.option(fc.array(fc.nat(20), { minLength: 5, maxLength: 5 }), { nil: null }),
});

function dayOf(n: number): string {
  const d = new Date(Date.UTC(2024, 0, 1));
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The demo with its own notes replaced by the seeds: texts are markers that cannot be split. */
function datasetOf(seeds: NoteSeed[]): { data: Dataset; secret: Set<string> } {
  const notes: ImpactNote[] = [];
  const secret = new Set<string>();
  seeds.forEach((s, i) => {
    const open = s.consent && !s.trashed;
    const copied =
      s.copyOf && notes.length >= s.copyOf ? notes[notes.length - s.copyOf] : undefined;
    // A note entered twice (same words, same consent) must print once; a copy whose
    // consent differs would make the words public after all, so it gets words of its own.
    const sameStatus = copied && (copied.consentToPublish && !copied.deletedAt) === open;
    const marker = open ? `JULKINEN${i}X` : `SALAINEN${i}X`;
    const text = copied && sameStatus ? copied.text : marker;
    if (!open) secret.add(text);
    notes.push(
      tableSchemas.impactNotes.parse({
        id: crypto.randomUUID(),
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: s.trashed ? stamp : null,
        date: dayOf(s.day),
        type: copied && sameStatus ? copied.type : s.type,
        text,
        themes: [],
        activityId: s.activity >= 0 ? activityIds[s.activity] : undefined,
        grantId: s.grant >= 0 ? grantIds[s.grant] : undefined,
        source: s.source,
        consentToPublish: s.consent,
        consentGivenOn: s.consent ? dayOf(s.day) : undefined,
        consentMethod: s.consent ? 'written' : undefined,
        highlight: s.highlight,
        feedbackTally: s.type === 'feedback' && s.tally ? s.tally : undefined,
      }) as ImpactNote,
    );
  });
  return { data: { ...demo, impactNotes: notes }, secret };
}

const choiceArb = fc.record({
  kind: fc.constantFrom(...reportKinds),
  lang: fc.constantFrom(...languageCodes),
  year: fc.option(fc.constantFrom(2024, 2025, 2026), { nil: undefined }),
  grant: fc.integer({ min: -1, max: grantIds.length - 1 }),
  municipality: fc.option(fc.constantFrom('Tampere', 'Nokia', 'Ylöjärvi'), { nil: undefined }),
  /** Which notes are chosen by hand (by index, unconsented ones too); null lets the report choose. */
  picks: fc.option(fc.array(fc.nat(40), { maxLength: 8 }), { nil: null }),
});

type ChoiceSeed = typeof choiceArb extends fc.Arbitrary<infer T> ? T : never;

function choiceOf(c: ChoiceSeed, notes: ImpactNote[]): ReportChoice {
  return {
    kind: c.kind,
    lang: c.lang,
    printedOn: today,
    year: c.kind === 'grant' ? undefined : c.year,
    grantId: c.kind === 'grant' && c.grant >= 0 ? grantIds[c.grant] : undefined,
    municipality: c.kind === 'advocacy' ? c.municipality : undefined,
    impactNoteIds: c.picks
      ? c.picks.filter((i) => i < notes.length).map((i) => notes[i]!.id)
      : undefined,
  };
}

/** The model and the pdfmake document of a choice; null when the report cannot be made. */
function build(data: Dataset, choice: ReportChoice) {
  try {
    const request = reportRequest(data, choice);
    return { request, doc: buildPdfDocument(request) };
  } catch {
    return null;
  }
}

const leaked = (text: string, secret: Set<string>) => [...secret].filter((m) => text.includes(m));

describe('no unconsented impact note reaches anything meant for others', () => {
  it('not in any report model or PDF document, whatever the data and the choice', () => {
    fc.assert(
      fc.property(fc.array(noteSeed, { minLength: 1, maxLength: 40 }), choiceArb, (seeds, c) => {
        const { data, secret } = datasetOf(seeds);
        const built = build(data, choiceOf(c, data.impactNotes));
        if (!built) return;
        expect(leaked(JSON.stringify(built.request.model), secret)).toEqual([]);
        expect(leaked(JSON.stringify(built.doc), secret)).toEqual([]);
        // Never the same note twice: a model's note ids are distinct.
        const model = built.request.model as {
          notes?: { id: string }[];
          voices?: { id: string }[];
        };
        const ids = (model.notes ?? model.voices ?? []).map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 150 },
    );
  });

  it('not in the text of the PDF itself', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(noteSeed, { minLength: 5, maxLength: 25 }),
        choiceArb,
        async (seeds, c) => {
          const { data, secret } = datasetOf(seeds);
          const built = build(data, choiceOf(c, data.impactNotes));
          if (!built) return;
          const text = pdfText(await renderPdf(built.doc)).replace(/\s+/g, '');
          expect(leaked(text, secret)).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('the Reports page never offers one for choosing, and says why', () => {
    fc.assert(
      fc.property(
        fc.array(noteSeed, { maxLength: 40 }),
        fc.constantFrom(...reportKinds),
        (seeds, kind) => {
          const { data } = datasetOf(seeds);
          const period = { from: '2024-01-01', to: '2026-12-31' };
          for (const n of reportNoteChoices(data.impactNotes, period)) {
            expect(n.consentToPublish && !n.deletedAt).toBe(true);
          }
          for (const o of reportNoteOptions(data.impactNotes, period, kind)) {
            expect(!o.note.deletedAt).toBe(true);
            if (!o.note.consentToPublish) expect(o.blockedBy).toBe('noConsent');
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('open answers of feedback forms', () => {
  const group = demo.activities[0]!;
  const form = demo.feedbackForms.find((f) => f.activityId === group.id)!;
  const answerArb = fc.record({
    consent: fc.boolean(),
    day: fc.integer({ min: 0, max: 3 * 365 }),
    counts: fc.array(fc.nat(12), { minLength: 5, maxLength: 5 }),
  });

  it('one without consent on the form never reaches a report model or its PDF document', () => {
    fc.assert(
      fc.property(fc.array(answerArb, { minLength: 1, maxLength: 12 }), choiceArb, (answers, c) => {
        const secret = new Set<string>();
        const data: Dataset = {
          ...demo,
          impactNotes: [...demo.impactNotes],
          feedbackTallies: [...demo.feedbackTallies],
        };
        answers.forEach((a, i) => {
          const text = a.consent ? `AVOINJULKINEN${i}X` : `AVOINSALAINEN${i}X`;
          if (!a.consent) secret.add(text);
          const values = tallyFormValues(form, dayOf(a.day));
          values.scope = 'period';
          values.from = values.to = dayOf(a.day);
          values.counts = { [form.statements[0]!.id]: a.counts.map(String) };
          values.openAnswers = [{ text, consent: a.consent }];
          const read = readTallyForm(form, values);
          if (!read.ok) throw new Error(JSON.stringify(read.errors));
          const base = { createdAt: stamp, updatedAt: stamp, deletedAt: null };
          data.feedbackTallies.push(
            tableSchemas.feedbackTallies.parse({
              ...read.tally,
              ...base,
              id: crypto.randomUUID(),
            }) as Dataset['feedbackTallies'][number],
          );
          for (const n of read.notes) {
            expect(n.consentToPublish).toBe(a.consent);
            data.impactNotes.push(
              tableSchemas.impactNotes.parse({
                ...n,
                ...base,
                id: crypto.randomUUID(),
              }) as ImpactNote,
            );
          }
        });
        const built = build(data, choiceOf(c, data.impactNotes));
        if (!built) return;
        expect(leaked(JSON.stringify(built.request.model), secret)).toEqual([]);
        expect(leaked(JSON.stringify(built.doc), secret)).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });
});
