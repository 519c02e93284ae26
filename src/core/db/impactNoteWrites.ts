import type { NoteInput } from '../impact';
import type { ImpactNote } from '../schemas';
import { Repository, type RecordInput } from './Repository';
import type { TalkootDb } from './TalkootDb';
import { systemClock, type Clock } from './clock';

/** Why a note was not written; `name` is the activity's or grant's name. */
export type ImpactNoteRefusal = {
  ok: false;
  code: 'activityTrashed' | 'activityMissing' | 'grantTrashed' | 'grantMissing' | 'noteMissing';
  params?: { name: string };
};

/**
 * Write a new note (no `id`) or an edited one, in one transaction with the
 * check of what it links to: an activity or a grant in the trash (or gone) is
 * refused with its name, writing nothing. A ValidationError from the
 * repository also leaves the database as it was.
 */
export async function saveImpactNote(
  db: TalkootDb,
  input: NoteInput,
  id?: string,
  clock: Clock = systemClock,
): Promise<{ ok: true; note: ImpactNote } | ImpactNoteRefusal> {
  return db.transaction('rw', ['impactNotes', 'activities', 'grants'], async () => {
    if (input.activityId) {
      const activity = await db.tableOf('activities').get(input.activityId);
      if (!activity) return { ok: false, code: 'activityMissing' } as const;
      if (activity.deletedAt)
        return { ok: false, code: 'activityTrashed', params: { name: activity.name } } as const;
    }
    if (input.grantId) {
      const grant = await db.tableOf('grants').get(input.grantId);
      if (!grant) return { ok: false, code: 'grantMissing' } as const;
      if (grant.deletedAt)
        return { ok: false, code: 'grantTrashed', params: { name: grant.name } } as const;
    }
    const repo = new Repository(db, 'impactNotes', clock);
    const fields = input as RecordInput<'impactNotes'>;
    if (id) {
      const current = await repo.get(id);
      if (!current || current.deletedAt) return { ok: false, code: 'noteMissing' } as const;
      // Fields the form leaves empty are cleared, not kept from before.
      const cleared = {
        consentGivenOn: undefined,
        consentMethod: undefined,
        mediaOutlet: undefined,
        feedbackTally: undefined,
        activityId: undefined,
        grantId: undefined,
      };
      return { ok: true, note: await repo.update(id, { ...cleared, ...fields }) } as const;
    }
    return { ok: true, note: await repo.create(fields) } as const;
  });
}
