import { useLiveQuery } from 'dexie-react-hooks';
import { reportChoices, reportInput, type ReportChoices } from '../../../../core/db';
import type { Period } from '../../../../core/figures';
import {
  reportPeriod,
  reportRequest,
  type ReportChoice,
  type ReportPdfRequest,
} from '../../../../core/reports';
import { emptyDataset, type Dataset } from '../../../../core/schemas';
import { db } from '../../db';

/** The report of one choice (and period), or why it cannot be made. */
export type BuiltReport = { key: string } & ({ request: ReportPdfRequest } | { error: unknown });

/** The small tables as the report models take them, without any hours or sessions. */
function choiceTables(c: ReportChoices): Dataset {
  return {
    ...emptyDataset(),
    profile: c.profile ? [c.profile] : [],
    grants: c.grants,
    funders: c.funders,
    activities: c.activities,
    impactNotes: c.impactNotes,
  };
}

/**
 * The report's own model for a choice, so the preview shows exactly what the PDF
 * will print. Read again only when the choice changes or a write touches what the
 * report read. `fresh` tells whether `built` is for this very choice: the last
 * report read stays shown while the next one is read, and only a fresh one is saved.
 */
export function useBuiltReport(
  choices: ReportChoices | undefined,
  reportChoice: ReportChoice,
  enabled: boolean,
): { built: BuiltReport | null | undefined; fresh: boolean } {
  const choiceKey = JSON.stringify(reportChoice);
  // The period the report covers, told before reading: only its hours and sessions are read.
  const reportedPeriod = choices ? reportPeriod(choiceTables(choices), reportChoice) : undefined;
  const periodKey = JSON.stringify(reportedPeriod ?? null);
  const builtKey = `${choiceKey}|${periodKey}`;
  const built = useLiveQuery(async (): Promise<BuiltReport | null> => {
    if (!enabled) return null;
    const c = JSON.parse(choiceKey) as ReportChoice;
    const p = JSON.parse(periodKey) as Period | null;
    // Without a period the report cannot be made; the models tell why from the small tables.
    // With one, the figures come from the period's rollups: no hour entry is read for them.
    const input = p
      ? await reportInput(db, c, p)
      : { data: choiceTables(await reportChoices(db)), rollups: undefined };
    const key = `${choiceKey}|${periodKey}`;
    try {
      return { key, request: reportRequest(input.data, c, input.rollups) };
    } catch (error) {
      return { key, error };
    }
  }, [choiceKey, periodKey, enabled]);
  return { built, fresh: !!built && built.key === builtKey };
}
