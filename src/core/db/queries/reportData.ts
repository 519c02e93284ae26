import type { Period } from '../../figures/yearFigures';
import { emptyDataset, type Dataset } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';
import { hoursOfPeriod } from './hours';
import { sessionsOfPeriod } from './sessions';

/**
 * What a report of `period` reads: the hours and sessions of that period only
 * (by index), and the small tables whole. The report models are pure
 * functions of this Dataset; the CLI gives them the data file instead.
 */
export async function periodDataset(db: TalkootDb, period: Period): Promise<Dataset> {
  const data = emptyDataset();
  const [hours, sessions] = await Promise.all([
    hoursOfPeriod(db, period),
    sessionsOfPeriod(db, period),
  ]);
  data.hours = hours;
  data.sessions = sessions;
  const whole = [
    'profile',
    'people',
    'fees',
    'activities',
    'funders',
    'grants',
    'grantBudgetLines',
    'grantExpenses',
    'grantPayments',
    'impactNotes',
    // The board of the year and who signs: a few rows per year.
    'officials',
  ] as const;
  await Promise.all(
    whole.map(async (t) => {
      (data as Record<string, unknown[]>)[t] = await db.table(t).toArray();
    }),
  );
  return data;
}
