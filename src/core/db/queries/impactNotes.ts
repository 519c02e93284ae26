import { themeSuggestions } from '../../impact';
import type { Activity, Grant, ImpactNote } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';

const live = <T extends { deletedAt?: string | null }>(rows: T[]) =>
  rows.filter((r) => !r.deletedAt);

/** A period with either end open: the Impact page's "from" and "to" may be left empty. */
export type OpenPeriod = { from?: string; to?: string };

/** Impact notes dated in the period (either end may be open), by the `date` index, newest first. */
export async function impactNotesOfPeriod(
  db: TalkootDb,
  period: OpenPeriod,
): Promise<ImpactNote[]> {
  const rows = await db
    .tableOf('impactNotes')
    .where('date')
    .between(period.from || '0000-00-00', period.to || '9999-99-99', true, true)
    .reverse()
    .toArray();
  return live(rows);
}

/** The themes used on live notes, most used first: what the theme field suggests. */
export async function impactThemes(db: TalkootDb): Promise<string[]> {
  // Impact notes are a small table (a few a week at most), like activities and grants.
  return themeSuggestions(await db.tableOf('impactNotes').toArray());
}

/**
 * The live notes linked to one activity or one grant, newest first: what the
 * activity and grant pages list. A small table, read whole (no index needed).
 */
export async function impactNotesLinkedTo(
  db: TalkootDb,
  link: { activityId?: string; grantId?: string },
): Promise<ImpactNote[]> {
  const rows = await db.tableOf('impactNotes').orderBy('date').reverse().toArray();
  return live(rows).filter(
    (n) =>
      (!!link.activityId && n.activityId === link.activityId) ||
      (!!link.grantId && n.grantId === link.grantId),
  );
}

/** What the Impact page shows in one read: the period's notes and what the form and filters offer. */
export type ImpactPageData = {
  notes: ImpactNote[];
  themes: string[];
  /** Trash included, so a note still names a deleted activity; the form offers only live ones. */
  activities: Activity[];
  grants: Grant[];
};

/** What the note form offers: activities and grants (trash included), the themes in use. */
export async function impactFormChoices(db: TalkootDb): Promise<Omit<ImpactPageData, 'notes'>> {
  const [themes, activities, grants] = await Promise.all([
    impactThemes(db),
    db.tableOf('activities').toArray(),
    db.tableOf('grants').toArray(),
  ]);
  return { themes, activities, grants };
}

/** The Impact page's read: the period's notes, the themes in use, the activities and grants. */
export async function impactPageData(db: TalkootDb, period: OpenPeriod): Promise<ImpactPageData> {
  const [notes, choices] = await Promise.all([
    impactNotesOfPeriod(db, period),
    impactFormChoices(db),
  ]);
  return { notes, ...choices };
}
