import type { Activity, Dataset, FeedbackForm, FeedbackTally, IndicatorValue } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';

/** The feedback forms not in the trash, each with how many tallies it has. */
export type FeedbackPageData = {
  forms: { form: FeedbackForm; tallies: number }[];
  /** Trash included, so a form still names a deleted activity; the editor offers only live ones. */
  activities: Activity[];
};

/** What the Impact page's feedback section shows: forms (a small table) and the activities. */
export async function feedbackPageData(db: TalkootDb): Promise<FeedbackPageData> {
  const [forms, activities] = await Promise.all([
    db.tableOf('feedbackForms').toArray(),
    db.tableOf('activities').toArray(),
  ]);
  const live = forms.filter((f) => !f.deletedAt);
  const counts = await Promise.all(
    live.map((f) =>
      db
        .tableOf('feedbackTallies')
        .where('formId')
        .equals(f.id)
        .filter((t) => !t.deletedAt)
        .count(),
    ),
  );
  return { forms: live.map((form, i) => ({ form, tallies: counts[i] ?? 0 })), activities };
}

/** The live tallies collected in a period (by the `to` index): what indicators are made of. */
export async function feedbackTalliesOfPeriod(
  db: TalkootDb,
  period: { from: string; to: string },
): Promise<FeedbackTally[]> {
  const rows = await db
    .tableOf('feedbackTallies')
    .where('to')
    .between(period.from, period.to, true, true)
    .toArray();
  return rows.filter((t) => !t.deletedAt);
}

/** What the indicators tab reads: the feedback tables and indicator values (small tables) and the activities. */
export async function indicatorPageData(
  db: TalkootDb,
): Promise<Pick<Dataset, 'feedbackForms' | 'feedbackTallies' | 'indicatorValues' | 'activities'>> {
  const [feedbackForms, feedbackTallies, indicatorValues, activities] = await Promise.all([
    db.tableOf('feedbackForms').toArray(),
    db.tableOf('feedbackTallies').toArray(),
    db.tableOf('indicatorValues').toArray(),
    db.tableOf('activities').toArray(),
  ]);
  return { feedbackForms, feedbackTallies, indicatorValues, activities };
}

/** The recorded answers and measurements, newest first, for putting a wrong one right. */
export type FeedbackRecords = {
  tallies: { tally: FeedbackTally; form: FeedbackForm | undefined }[];
  values: IndicatorValue[];
};

/** Every live tally (with its form) and indicator value, newest first (by the `to` index). */
export async function feedbackRecords(db: TalkootDb): Promise<FeedbackRecords> {
  const [tallies, values, forms] = await Promise.all([
    db.tableOf('feedbackTallies').orderBy('to').reverse().toArray(),
    db.tableOf('indicatorValues').orderBy('to').reverse().toArray(),
    db.tableOf('feedbackForms').toArray(),
  ]);
  const byId = new Map(forms.map((f) => [f.id, f]));
  return {
    tallies: tallies
      .filter((t) => !t.deletedAt)
      .map((tally) => ({ tally, form: byId.get(tally.formId) })),
    values: values.filter((v) => !v.deletedAt),
  };
}
