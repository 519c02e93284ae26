import { afterEach, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { Repository, saveFeedbackForm, saveFeedbackTally, TalkootDb } from '../../src/core/db';
import {
  feedbackFormValues,
  readCount,
  readFeedbackForm,
  readTallyForm,
  statementText,
  tallyFormValues,
} from '../../src/core/impact';
import { feedbackFormDocument, feedbackFormPrint } from '../../src/core/reports';
import { feedbackFormSchema, type FeedbackForm } from '../../src/core/schemas';
import { pdfInfo, pdfText } from './support/pdfText';

const stamp = '2026-01-01T00:00:00.000Z';
const activityId = '2e7f1a63-4c8b-4dae-9a21-3b5c7d9e1f24';
let n = 0;
const seqId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function storedForm(over: Partial<FeedbackForm> = {}): FeedbackForm {
  const values = feedbackFormValues(undefined, 'fi', { activityId }, seqId);
  const read = readFeedbackForm(values, 'fi');
  if (!read.ok) throw new Error('default form does not read');
  return feedbackFormSchema.parse({
    id: seqId(),
    createdAt: stamp,
    updatedAt: stamp,
    ...read.input,
    ...over,
  }) as FeedbackForm;
}

describe('feedback form editor', () => {
  it('keeps the default statements by key, so they print in every language', () => {
    const form = storedForm();
    expect(form.statements.map((s) => s.key)).toEqual(['gotSupport', 'lessAlone', 'knowWhereHelp']);
    expect(form.statements.every((s) => s.text === undefined)).toBe(true);
    expect(statementText(form.statements[0]!, 'en')).toBe('I got support from the group');
    expect(statementText(form.statements[0]!, 'sv')).toBe('Jag fick stöd av gruppen');
  });

  it('stores an edited statement as typed, drops empty rows, and keeps statement ids', () => {
    const values = feedbackFormValues(undefined, 'en', { activityId }, seqId);
    values.statements[1]!.text = 'I made a friend here';
    values.statements[2]!.text = '  ';
    const read = readFeedbackForm(values, 'en');
    expect(read.ok && read.input.statements).toEqual([
      { id: values.statements[0]!.id, key: 'gotSupport' },
      { id: values.statements[1]!.id, text: 'I made a friend here' },
    ]);
  });

  it('refuses a form without activity, perspective or any statement', () => {
    const values = feedbackFormValues(undefined, 'fi', {}, seqId);
    values.perspective = 'funder';
    values.statements = values.statements.map((s) => ({ ...s, text: '' }));
    const read = readFeedbackForm(values, 'fi');
    expect(read.ok ? null : read.errors).toEqual({
      activityId: 'required',
      perspective: 'required',
      statements: 'required',
    });
  });
});

describe('tally input', () => {
  it('reads empty as 0 and refuses negative, fractional and non-numbers with their reason', () => {
    expect(readCount('')).toEqual({ ok: true, value: 0 });
    expect(readCount(' 12 ')).toEqual({ ok: true, value: 12 });
    expect(readCount('-1')).toEqual({ ok: false, error: 'negative' });
    expect(readCount('−3')).toEqual({ ok: false, error: 'negative' });
    expect(readCount('2,5')).toEqual({ ok: false, error: 'notWholeNumber' });
    expect(readCount('1.5')).toEqual({ ok: false, error: 'notWholeNumber' });
    expect(readCount('viisi')).toEqual({ ok: false, error: 'notWholeNumber' });
    expect(readCount('1e3')).toEqual({ ok: false, error: 'notWholeNumber' });
    expect(readCount('100001')).toEqual({ ok: false, error: 'tooMany' });
  });

  it('marks each bad cell and a tally with nothing typed', () => {
    const form = storedForm();
    const v = tallyFormValues(form, '2026-03-10');
    v.scope = 'period';
    expect(readTallyForm(form, v)).toEqual({ ok: false, errors: { form: 'noAnswers' } });
    v.counts[form.statements[0]!.id] = ['1', '-2', '', '3,5', '4'];
    const read = readTallyForm(form, v);
    expect(read.ok ? null : read.errors.counts).toEqual({
      [form.statements[0]!.id]: { 1: 'negative', 3: 'notWholeNumber' },
    });
  });

  it('turns open answers into feedback notes, with consent "on the form" only when ticked', () => {
    const form = storedForm({ perspective: 'volunteer' });
    const v = tallyFormValues(form, '2026-03-10');
    v.sessionId = crypto.randomUUID();
    v.sessionDate = '2026-03-09';
    v.counts[form.statements[0]!.id] = ['', '', '1', '2', '3'];
    v.openAnswers = [
      { text: 'Hyvä porukka.', consent: true },
      { text: '', consent: true },
      { text: 'Ei lainata tätä.', consent: false },
    ];
    const read = readTallyForm(form, v);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.tally).toMatchObject({
      from: '2026-03-09',
      to: '2026-03-09',
      provenance: 'collected',
    });
    expect(read.tally.counts[0]).toEqual({
      statementId: form.statements[0]!.id,
      counts: [0, 0, 1, 2, 3],
    });
    expect(read.notes).toEqual([
      expect.objectContaining({
        type: 'feedback',
        text: 'Hyvä porukka.',
        source: 'volunteer',
        activityId,
        consentToPublish: true,
        consentMethod: 'form',
        consentGivenOn: '2026-03-09',
      }),
      expect.objectContaining({ text: 'Ei lainata tätä.', consentToPublish: false }),
    ]);
    expect(read.notes[1]!.consentMethod).toBeUndefined();
  });
});

describe('writing forms and tallies', () => {
  let db: TalkootDb;
  afterEach(async () => {
    db?.close();
    if (db) await db.delete();
  });

  it('writes the tally and its notes together, and a refused one writes neither', async () => {
    db = new TalkootDb(`feedback-${crypto.randomUUID()}`);
    const activities = new Repository(db, 'activities');
    const activity = await activities.create({
      name: 'Vertaisryhmä',
      type: 'peerSupportGroup',
    } as never);
    const values = feedbackFormValues(undefined, 'fi', { activityId: activity.id });
    const read = readFeedbackForm(values, 'fi');
    if (!read.ok) throw new Error('form');
    const saved = await saveFeedbackForm(db, read.input);
    if (!saved.ok) throw new Error(saved.code);
    const v = tallyFormValues(saved.form, '2026-03-10');
    v.scope = 'period';
    v.from = '2026-01-01';
    v.to = '2026-03-10';
    v.counts[saved.form.statements[0]!.id] = ['0', '1', '2', '3', '4'];
    v.openAnswers = [{ text: 'Kiitos.', consent: true }];
    const tally = readTallyForm(saved.form, v);
    if (!tally.ok) throw new Error('tally');
    const written = await saveFeedbackTally(db, tally.tally, tally.notes);
    expect(written.ok).toBe(true);
    expect(await db.tableOf('feedbackTallies').count()).toBe(1);
    expect(await db.tableOf('impactNotes').count()).toBe(1);

    // The activity goes to the trash: the next tally is refused, nothing written.
    await activities.softDelete(activity.id);
    const refused = await saveFeedbackTally(db, tally.tally, tally.notes);
    expect(refused).toEqual({
      ok: false,
      code: 'activityTrashed',
      params: { name: 'Vertaisryhmä' },
    });
    // A note that fails its schema rolls back the tally written before it.
    await activities.restore(activity.id);
    await expect(
      saveFeedbackTally(db, tally.tally, [{ ...tally.notes[0]!, text: '' }]),
    ).rejects.toThrow();
    expect(await db.tableOf('feedbackTallies').count()).toBe(1);
    expect(await db.tableOf('impactNotes').count()).toBe(1);
  });
});

describe('the printed feedback form', () => {
  const profile = {
    name: 'Vertaistuki Kumppanit ry',
    businessId: '1234567-1',
    homeMunicipality: 'Tampere',
  };
  const form = storedForm({
    statements: [
      { id: seqId(), key: 'gotSupport' },
      { id: seqId(), key: 'lessAlone' },
      { id: seqId(), key: 'knowWhereHelp' },
      { id: seqId(), text: 'Kahvi oli hyvää' },
    ],
  });
  const model = feedbackFormPrint(form, 'Muistikahvila', profile as never, '2026-03-01');
  const expected = {
    fi: [
      'Palautelomake: Muistikahvila',
      'Osallistujan palaute',
      'Sain tukea ryhmästä',
      'Tunnen itseni vähemmän yksinäiseksi',
      'Tiedän, mistä saan apua',
      'Mitä muuta haluaisit kertoa?',
      'Saako yhdistys lainata',
      'Kyllä',
      'Ei',
    ],
    sv: [
      'Responsblankett: Muistikahvila',
      'Deltagarens respons',
      'Jag fick stöd av gruppen',
      'Jag känner mig mindre ensam',
      'Jag vet var jag får hjälp',
      'Vad mer vill du berätta?',
      'Får föreningen citera',
      'Ja',
      'Nej',
    ],
    en: [
      'Feedback form: Muistikahvila',
      'Participant feedback',
      'I got support from the group',
      'I feel less alone',
      'I know where to get help',
      'What else would you like to tell us?',
      'May the association quote',
      'Yes',
      'No',
    ],
  } as const;

  it.each(['fi', 'sv', 'en'] as const)(
    'reads back in %s on one page, a typed statement as typed',
    async (lang) => {
      const pdf = await renderPdf(feedbackFormDocument(model, lang));
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      for (const s of expected[lang]) expect(text).toContain(s);
      expect(text).toContain('Kahvi oli hyvää');
      // Five boxes per statement, numbered 1–5.
      expect(text).toMatch(/1\s+2\s+3\s+4\s+5/);
      expect(pdfInfo(pdf).Pages).toBe('1');
      expect(pdfInfo(pdf).Title).toBe(expected[lang][0]);
    },
  );

  it('prints a typed open question instead of the default one', async () => {
    const typed = feedbackFormPrint(
      { ...form, openQuestion: 'Mikä oli parasta?' },
      'Muistikahvila',
      profile as never,
      '2026-03-01',
    );
    const text = pdfText(await renderPdf(feedbackFormDocument(typed, 'en')));
    expect(text).toContain('Mikä oli parasta?');
    expect(text).not.toContain('What else would you like to tell us?');
  });
});
