import type { FeedbackFormInput, IndicatorValueInput, NoteInput, TallyInput } from '../impact';
import type { FeedbackForm, FeedbackTally, IndicatorValue } from '../schemas';
import { Repository, type RecordInput } from './Repository';
import type { TalkootDb } from './TalkootDb';
import { systemClock, type Clock } from './clock';

/** Why a feedback form or tally was not written; `name` is the activity's name. */
export type FeedbackRefusal = {
  ok: false;
  code: 'activityTrashed' | 'activityMissing' | 'formMissing' | 'sessionMissing';
  params?: { name: string };
};

/**
 * Write a new feedback form (no `id`) or an edited one, in one transaction
 * with the check of its activity: one in the trash (or gone) is refused with
 * its name, writing nothing. Tallies refer to statements by id, so an edited
 * form keeps the ids of the statements it keeps.
 */
export async function saveFeedbackForm(
  db: TalkootDb,
  input: FeedbackFormInput,
  id?: string,
  clock: Clock = systemClock,
): Promise<{ ok: true; form: FeedbackForm } | FeedbackRefusal> {
  return db.transaction('rw', ['feedbackForms', 'activities'], async () => {
    const activity = await db.tableOf('activities').get(input.activityId);
    if (!activity) return { ok: false, code: 'activityMissing' } as const;
    if (activity.deletedAt)
      return { ok: false, code: 'activityTrashed', params: { name: activity.name } } as const;
    const repo = new Repository(db, 'feedbackForms', clock);
    const fields = input as RecordInput<'feedbackForms'>;
    if (id) {
      const current = await repo.get(id);
      if (!current || current.deletedAt) return { ok: false, code: 'formMissing' } as const;
      return {
        ok: true,
        form: await repo.update(id, { openQuestion: undefined, ...fields }),
      } as const;
    }
    return { ok: true, form: await repo.create(fields) } as const;
  });
}

/**
 * Write a tally and its open answers as impact notes, all in one transaction:
 * a form or activity in the trash, a session gone, or a record that fails its
 * schema writes nothing at all, neither the counts nor any note.
 */
export async function saveFeedbackTally(
  db: TalkootDb,
  tally: TallyInput,
  notes: readonly NoteInput[],
  clock: Clock = systemClock,
): Promise<{ ok: true; tally: FeedbackTally; noteIds: string[] } | FeedbackRefusal> {
  return db.transaction(
    'rw',
    ['feedbackTallies', 'feedbackForms', 'activities', 'sessions', 'impactNotes'],
    async () => {
      const form = await db.tableOf('feedbackForms').get(tally.formId);
      if (!form || form.deletedAt) return { ok: false, code: 'formMissing' } as const;
      const activity = await db.tableOf('activities').get(form.activityId);
      if (!activity) return { ok: false, code: 'activityMissing' } as const;
      if (activity.deletedAt)
        return { ok: false, code: 'activityTrashed', params: { name: activity.name } } as const;
      if (tally.sessionId) {
        const session = await db.tableOf('sessions').get(tally.sessionId);
        if (!session || session.deletedAt) return { ok: false, code: 'sessionMissing' } as const;
      }
      const saved = await new Repository(db, 'feedbackTallies', clock).create(
        tally as RecordInput<'feedbackTallies'>,
      );
      const noteRepo = new Repository(db, 'impactNotes', clock);
      const noteIds: string[] = [];
      for (const n of notes) {
        noteIds.push((await noteRepo.create(n as RecordInput<'impactNotes'>)).id);
      }
      return { ok: true, tally: saved, noteIds } as const;
    },
  );
}

/**
 * Write a new indicator value, checking its activity in the same transaction:
 * one in the trash (or gone) is refused with its name, writing nothing.
 */
export async function saveIndicatorValue(
  db: TalkootDb,
  input: IndicatorValueInput,
  clock: Clock = systemClock,
): Promise<{ ok: true; value: IndicatorValue } | FeedbackRefusal> {
  return db.transaction('rw', ['indicatorValues', 'activities'], async () => {
    if (input.activityId) {
      const activity = await db.tableOf('activities').get(input.activityId);
      if (!activity) return { ok: false, code: 'activityMissing' } as const;
      if (activity.deletedAt)
        return { ok: false, code: 'activityTrashed', params: { name: activity.name } } as const;
    }
    const value = await new Repository(db, 'indicatorValues', clock).create(
      input as RecordInput<'indicatorValues'>,
    );
    return { ok: true, value } as const;
  });
}
