import { yearPeriod, type Period } from '../../figures/yearFigures';
import type { HourRollup } from '../../figures/rollups';
import type { ReportRollups } from '../../figures/reportRollups';
import { fiscalYearPeriod } from '../../reports/annualReportModel';
import { pickGrant } from '../../reports/grantReportModel';
import type { ReportChoice } from '../../reports/reportRequest';
import { emptyDataset, type Dataset, type Grant, type Person } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';
import { readReportRollups } from './figures';
import { hoursOfPeriod } from './hours';
import { sessionsOfPeriod } from './sessions';
import { feedbackTalliesOfPeriod } from './feedback';

/**
 * What a report of `period` reads: the hours and sessions of that period only
 * (by index), and the small tables whole. The report models are pure
 * functions of this Dataset; the CLI gives them the data file instead.
 * The Reports page reads `reportInput` instead, which reads rollups, not rows.
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
    'feedbackForms',
    'indicatorValues',
  ] as const;
  data.feedbackTallies = await feedbackTalliesOfPeriod(db, period);
  await Promise.all(
    whole.map(async (t) => {
      (data as Record<string, unknown[]>)[t] = await db.table(t).toArray();
    }),
  );
  return data;
}

/** What a report model is given: the rows it lists and the rollups its figures come from. */
export type ReportInput = { data: Dataset; rollups: ReportRollups };

/** The small tables the report models read whole (a few hundred rows at most). */
const reportTables = [
  'profile',
  'activities',
  'funders',
  'grants',
  'grantBudgetLines',
  'grantExpenses',
  'grantPayments',
  'grantChecklistItems',
  // The board of the year and who signs: a few rows per year.
  'officials',
  'impactNotes',
  // Indicators: the forms and the measured values are a few rows a year.
  'feedbackForms',
  'indicatorValues',
] as const;

/**
 * Which hour rollups a grant report counts (booked to the grant, or in one
 * of its activities), so that only their volunteer rollups are read: the
 * grant found as `reportPeriod` finds it. Undefined (read them all) when there
 * is no such grant; the model then tells why.
 */
function grantScopeOf(
  data: Dataset,
  choice: Pick<ReportChoice, 'grantId' | 'period' | 'year'>,
): ((h: HourRollup) => boolean) | undefined {
  let grant: Grant | undefined;
  try {
    const period = choice.year !== undefined ? yearPeriod(choice.year) : choice.period;
    grant = choice.grantId
      ? data.grants.find((g) => g.id === choice.grantId && !g.deletedAt)
      : pickGrant(data, period);
  } catch {
    return undefined;
  }
  if (!grant) return undefined;
  const id = grant.id;
  const ids = new Set(
    data.activities.filter((a) => !a.deletedAt && a.grantIds.includes(id)).map((a) => a.id),
  );
  return (h) => h.grantId === id || ids.has(h.activityId);
}

/**
 * What the report of `choice` over `period` (from `reportPeriod`) reads: the
 * rollups of the period for every figure, the small tables whole (officials
 * included), and rows only for what the report lists by name: the officials'
 * people (the annual summary's board, the signers), and, for an advocacy
 * summary of one municipality, every person (their home municipality scopes
 * the member count).
 * Never a whole period of hour entries.
 */
export async function reportInput(
  db: TalkootDb,
  choice: Pick<ReportChoice, 'kind' | 'municipality' | 'grantId' | 'period' | 'year'>,
  period: Period,
): Promise<ReportInput> {
  const data = emptyDataset();
  await Promise.all(
    reportTables.map(async (t) => {
      (data as Record<string, unknown[]>)[t] = await db.table(t).toArray();
    }),
  );
  // The period's tallies only, by the `to` index: what its indicators are made of.
  data.feedbackTallies = await feedbackTalliesOfPeriod(db, period);
  const rollups = await readReportRollups(db, period, {
    volunteersOf: choice.kind === 'grant' ? grantScopeOf(data, choice) : undefined,
  });
  if (choice.kind === 'advocacy' && choice.municipality?.trim()) {
    data.people = await db.tableOf('people').toArray();
  } else {
    // The officials' own people: the board the annual summary names, the signers.
    const ids = [...new Set(data.officials.flatMap((o) => (o.personId ? [o.personId] : [])))];
    const people = await db.tableOf('people').bulkGet(ids);
    data.people = people.filter((p): p is Person => !!p);
  }
  return { data, rollups };
}

/**
 * What the association's summary of `year` (a `talkoot-summary` file) is made
 * from: the same rollups and small tables as the annual summary of that year,
 * so the two always agree. No person's row is read.
 */
export async function summaryInput(
  db: TalkootDb,
  year: number,
): Promise<ReportInput & { period: Period }> {
  const profile = (await db.tableOf('profile').toArray()).find((p) => !p.deletedAt);
  const period = fiscalYearPeriod(year, profile?.fiscalYearStartMonth ?? 1);
  const { data, rollups } = await reportInput(db, { kind: 'annual', year }, period);
  return { data: { ...data, people: [] }, rollups, period };
}
