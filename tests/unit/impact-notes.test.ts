import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  impactNotesLinkedTo,
  impactNotesOfPeriod,
  impactThemes,
  Repository,
  saveImpactNote,
  TalkootDb,
} from '../../src/core/db';
import {
  chooseReportNotes,
  feedbackFigures,
  filterImpactNotes,
  isPublishable,
  noteFormValues,
  printedNote,
  readNoteForm,
  themeSuggestions,
  type NoteInput,
} from '../../src/core/impact';
import { impactNoteEntrySchema, impactNoteSchema, type ImpactNote } from '../../src/core/schemas';

const stamp = '2026-01-01T00:00:00.000Z';
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

describe('impact note schema', () => {
  it('keeps an old note with consent but no date or method valid, highlight false by default', () => {
    const old = note({ consentToPublish: true });
    expect(old.consentGivenOn).toBeUndefined();
    expect(old.highlight).toBe(false);
    expect(isPublishable(old)).toBe(true);
  });
  it('refuses an unknown consent method and a bad consent date', () => {
    expect(() => note({ consentMethod: 'email' as never })).toThrow();
    expect(() => note({ consentGivenOn: '2026-02-30' })).toThrow();
  });
});

describe('isPublishable', () => {
  it('is true only for a live note with consent', () => {
    expect(isPublishable(note())).toBe(true);
    expect(isPublishable(note({ consentToPublish: false }))).toBe(false);
    expect(isPublishable(note({ deletedAt: stamp }))).toBe(false);
  });
});

describe('printedNote', () => {
  it('quotes quotes and stories in each language’s marks, never twice', () => {
    expect(printedNote(note(), 'fi').body).toBe('”Sain ystävän.”');
    expect(printedNote(note(), 'sv').body).toBe('”Sain ystävän.”');
    expect(printedNote(note(), 'en').body).toBe('“Sain ystävän.”');
    expect(printedNote(note({ type: 'participantStory' }), 'fi').body).toBe('”Sain ystävän.”');
    expect(printedNote(note({ text: '”Jo lainattu”' }), 'fi').body).toBe('”Jo lainattu”');
    expect(printedNote(note(), 'fi').citation).toBe('lainaus, 5.3.2026');
  });
  it('prints feedback with its figures and an outcome as written', () => {
    const fb = note({ type: 'feedback', text: 'Kysely', feedbackTally: [0, 0, 1, 2, 1] });
    expect(printedNote(fb, 'fi').body).toBe('Kysely – 4 vastausta, keskiarvo 4,0 / 5');
    expect(printedNote(fb, 'en').body).toBe('Kysely – 4 answers, average 4.0 / 5');
    expect(printedNote({ ...fb, feedbackTally: [0, 0, 0, 0, 1] }, 'fi').body).toBe(
      'Kysely – 1 vastaus, keskiarvo 5,0 / 5',
    );
    expect(printedNote({ ...fb, feedbackTally: undefined }, 'fi').body).toBe('Kysely');
    expect(printedNote(note({ type: 'outcome', text: 'Ryhmä kasvoi.' }), 'fi').body).toBe(
      'Ryhmä kasvoi.',
    );
  });
  it('cites a media mention by its outlet and date', () => {
    const m = note({ type: 'media', text: 'Juttu kerhosta.', mediaOutlet: 'Keskisuomalainen' });
    expect(printedNote(m, 'fi')).toEqual({
      body: 'Juttu kerhosta.',
      citation: 'Keskisuomalainen, 5.3.2026',
    });
    expect(printedNote({ ...m, mediaOutlet: undefined }, 'sv').citation).toBe(
      'i medierna, 5.3.2026',
    );
  });
  it('counts and averages a tally', () => {
    expect(feedbackFigures([1, 0, 0, 0, 1])).toEqual({ count: 2, average: 3 });
    expect(feedbackFigures([0, 0, 0, 0, 0])).toBeUndefined();
  });
});

describe('chooseReportNotes', () => {
  const all = () => true;
  it('takes highlights first, then newest, only publishable ones', () => {
    const a = note({ date: '2026-01-01', text: 'a', highlight: true });
    const b = note({ date: '2026-06-01', text: 'b' });
    const c = note({ date: '2026-07-01', text: 'c', consentToPublish: false, highlight: true });
    const d = note({ date: '2026-05-01', text: 'd', deletedAt: stamp });
    const picked = chooseReportNotes([a, b, c, d], { inScope: all, max: 5 });
    expect(picked.map((n) => n.text)).toEqual(['a', 'b']);
  });
  it('never prints one note twice: a repeated id or the same text entered twice', () => {
    const a = note({ text: 'Sama  teksti' });
    const b = note({ text: 'sama teksti ', date: '2026-01-01' });
    const c = note({ text: 'Muu' });
    expect(chooseReportNotes([a, b, c], { inScope: all, max: 5 })).toHaveLength(2);
    expect(
      chooseReportNotes([a, b, c], { chosenIds: [c.id, c.id, a.id, b.id], inScope: all, max: 5 }),
    ).toEqual([c, a]);
  });
  it('keeps a hand-made choice’s order and drops unconsented and unfitting notes', () => {
    const a = note({ text: 'a' });
    const secret = note({ text: 's', consentToPublish: false });
    const outcome = note({ text: 'o', type: 'outcome' });
    const picked = chooseReportNotes([a, secret, outcome], {
      chosenIds: [outcome.id, secret.id, a.id],
      accepts: (n) => n.type === 'quote',
      inScope: () => false,
      max: 5,
    });
    expect(picked).toEqual([a]);
  });
});

describe('readNoteForm', () => {
  const values = (over = {}) => ({ ...noteFormValues(undefined, '2026-04-01'), ...over });
  it('refuses empty text, a bad date, consent without its date and way', () => {
    const r = readNoteForm(values({ text: '   ', date: '2026-13-01', consentToPublish: true }));
    expect(r).toEqual({
      ok: false,
      errors: {
        text: 'required',
        date: 'invalidDate',
        consentGivenOn: 'consentDateRequired',
        consentMethod: 'consentMethodRequired',
      },
    });
  });
  it('takes the consent rule from the entry schema: a bad consent day, the way alone, a huge tally', () => {
    expect(
      readNoteForm(
        values({
          text: 'x',
          consentToPublish: true,
          consentGivenOn: '2026-02-30',
          consentMethod: 'spoken',
        }),
      ),
    ).toEqual({ ok: false, errors: { consentGivenOn: 'invalidDate' } });
    expect(
      readNoteForm(values({ text: 'x', consentToPublish: true, consentGivenOn: '2026-04-01' })),
    ).toEqual({ ok: false, errors: { consentMethod: 'consentMethodRequired' } });
    expect(
      readNoteForm(values({ text: 'x', type: 'feedback', tally: ['1000001', '', '', '', ''] })),
    ).toEqual({ ok: false, errors: { tally: 'badCount' } });
    expect(readNoteForm(values({ text: 'x', type: 'rumour', date: '' }))).toEqual({
      ok: false,
      errors: { type: 'required', date: 'required' },
    });
    expect(readNoteForm(values({ text: 'x'.repeat(10_001) }))).toEqual({
      ok: false,
      errors: { text: 'tooLong' },
    });
  });
  it('a stored note with consent but no day or way still reads; new input may not have it', () => {
    const old = {
      ...note(),
      consentToPublish: true,
      consentGivenOn: undefined,
      consentMethod: undefined,
    };
    expect(impactNoteSchema.safeParse(old).success).toBe(true);
    const entry = impactNoteEntrySchema.safeParse(old);
    expect(entry.success).toBe(false);
    expect(entry.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['consentGivenOn', 'consentDateRequired'],
      ['consentMethod', 'consentMethodRequired'],
    ]);
    expect(
      impactNoteEntrySchema.safeParse({
        ...old,
        consentGivenOn: '2026-04-01',
        consentMethod: 'form',
      }).success,
    ).toBe(true);
  });
  it('refuses a tally that is not whole counts', () => {
    const r = readNoteForm(values({ text: 'x', type: 'feedback', tally: ['1', '-2', '', '', ''] }));
    expect(r).toEqual({ ok: false, errors: { tally: 'badCount' } });
  });
  it('trims, merges themes ignoring case and keeps no consent details without consent', () => {
    const r = readNoteForm(
      values({
        text: ' Hyvä päivä ',
        themes: ['Yksinäisyys', ' yksinäisyys', 'Liikunta', ''],
        consentToPublish: false,
        consentGivenOn: '2026-04-01',
        consentMethod: 'spoken',
        mediaOutlet: 'Ei median',
      }),
    );
    expect(r.ok && r.input).toMatchObject({
      text: 'Hyvä päivä',
      themes: ['Yksinäisyys', 'Liikunta'],
      consentGivenOn: undefined,
      consentMethod: undefined,
      mediaOutlet: undefined,
      activityId: undefined,
    });
  });
  it('reads a consented media mention and a feedback tally', () => {
    const media = readNoteForm(
      values({
        text: 'Juttu',
        type: 'media',
        mediaOutlet: ' Yle ',
        consentToPublish: true,
        consentGivenOn: '2026-04-02',
        consentMethod: 'written',
        highlight: true,
      }),
    );
    expect(media.ok && media.input).toMatchObject({
      mediaOutlet: 'Yle',
      consentMethod: 'written',
      consentGivenOn: '2026-04-02',
      highlight: true,
    });
    const fb = readNoteForm(
      values({ text: 'k', type: 'feedback', tally: ['', '1', '', '3', '4'] }),
    );
    expect(fb.ok && fb.input.feedbackTally).toEqual([0, 1, 0, 3, 4]);
  });
});

describe('filterImpactNotes and themeSuggestions', () => {
  const a = note({ text: 'Kahvila toi iloa', themes: ['Yksinäisyys'], highlight: true });
  const b = note({ text: 'Lehtijuttu', type: 'media', mediaOutlet: 'Aamulehti', themes: [] });
  const c = note({
    text: 'Oma havainto',
    consentToPublish: false,
    themes: ['yksinäisyys', 'Arki'],
  });
  const notes = [a, b, c];
  it('filters by search, type, theme, consent and highlight', () => {
    expect(filterImpactNotes(notes, { search: 'aamu' })).toEqual([b]);
    expect(filterImpactNotes(notes, { type: 'media' })).toEqual([b]);
    expect(
      filterImpactNotes(notes, { theme: 'YKSINÄISYYS' })
        .map((n) => n.id)
        .sort(),
    ).toEqual([a.id, c.id].sort());
    expect(filterImpactNotes(notes, { consent: 'without' })).toEqual([c]);
    expect(filterImpactNotes(notes, { consent: 'with' })).toHaveLength(2);
    expect(filterImpactNotes(notes, { highlightsOnly: true })).toEqual([a]);
  });
  it('suggests the themes in use, most used first, in their usual spelling', () => {
    expect(themeSuggestions([...notes, note({ themes: ['Yksinäisyys'] })])).toEqual([
      'Yksinäisyys',
      'Arki',
    ]);
    expect(themeSuggestions([note({ themes: ['Pois'], deletedAt: stamp })])).toEqual([]);
  });
});

describe('impact notes in the database', () => {
  let db: TalkootDb;
  beforeEach(() => {
    db = new TalkootDb(`impact-notes-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });
  const input = (over: Partial<NoteInput> = {}): NoteInput => {
    const r = readNoteForm({ ...noteFormValues(undefined, '2026-04-01'), text: 'Muistiinpano' });
    if (!r.ok) throw new Error('form');
    return { ...r.input, ...over };
  };

  it('refuses a link to an activity or grant in the trash, writing nothing', async () => {
    const activity = await new Repository(db, 'activities').create({
      name: 'Muistelupiiri',
      type: 'peerSupportGroup',
    } as never);
    await new Repository(db, 'activities').softDelete(activity.id);
    const refused = await saveImpactNote(db, input({ activityId: activity.id }));
    expect(refused).toEqual({
      ok: false,
      code: 'activityTrashed',
      params: { name: 'Muistelupiiri' },
    });
    expect(await db.tableOf('impactNotes').count()).toBe(0);
    expect(await saveImpactNote(db, input({ grantId: crypto.randomUUID() }))).toMatchObject({
      ok: false,
      code: 'grantMissing',
    });
    expect(await db.tableOf('impactNotes').count()).toBe(0);
  });

  it('creates, edits (clearing what the form left empty) and reads by period, link and theme', async () => {
    const activity = await new Repository(db, 'activities').create({
      name: 'Kahvila',
      type: 'peerSupportGroup',
    } as never);
    const made = await saveImpactNote(
      db,
      input({
        activityId: activity.id,
        themes: ['Arki'],
        consentToPublish: true,
        consentGivenOn: '2026-04-01',
        consentMethod: 'form',
      }),
    );
    if (!made.ok) throw new Error(made.code);
    const edited = await saveImpactNote(db, input({ text: 'Uusi teksti' }), made.note.id);
    expect(edited.ok && edited.note).toMatchObject({
      text: 'Uusi teksti',
      consentToPublish: false,
      activityId: undefined,
      consentMethod: undefined,
      createdAt: made.note.createdAt,
    });
    await saveImpactNote(
      db,
      input({ date: '2025-12-31', activityId: activity.id, themes: ['Arki'] }),
    );
    expect(await impactNotesOfPeriod(db, { from: '2026-01-01' })).toHaveLength(1);
    expect(await impactNotesOfPeriod(db, {})).toHaveLength(2);
    expect(await impactNotesLinkedTo(db, { activityId: activity.id })).toHaveLength(1);
    expect(await impactThemes(db)).toEqual(['Arki']);
    await new Repository(db, 'impactNotes').softDelete(made.note.id);
    expect(await impactNotesOfPeriod(db, {})).toHaveLength(1);
    expect(await saveImpactNote(db, input(), made.note.id)).toMatchObject({ code: 'noteMissing' });
  });

  it('leaves a note that does not pass its schema unwritten', async () => {
    await expect(saveImpactNote(db, input({ text: '' }))).rejects.toThrow();
    expect(await db.tableOf('impactNotes').count()).toBe(0);
  });
});
