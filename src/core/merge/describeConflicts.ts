import { formatDate, formatMinutes, formatMoney } from '../format';
import { translate } from '../i18n';
import type { Dataset, Language, TableName } from '../schemas';
import type { MergeConflict } from './mergeDatasets';

type Named = { id: string; name?: string; fullName?: string };
const nameOf = (rows: readonly Named[], id: string | undefined) =>
  (id && rows.find((r) => r.id === id)) || undefined;

/** The words a person would use for one record: whose hours, which day, which activity. */
export function describeRecord(
  data: Dataset,
  table: TableName,
  id: string,
  lang: Language,
): string {
  const person = (personId: string) => nameOf(data.people, personId)?.fullName ?? '?';
  const activity = (activityId: string | undefined) => nameOf(data.activities, activityId)?.name;
  const grant = (grantId: string) => nameOf(data.grants, grantId)?.name ?? '?';
  const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ');
  switch (table) {
    case 'people':
      return data.people.find((r) => r.id === id)?.fullName ?? id;
    case 'hours': {
      const h = data.hours.find((r) => r.id === id);
      return h
        ? joined(
            person(h.personId),
            formatDate(h.date, lang),
            formatMinutes(h.minutes, lang),
            activity(h.activityId),
          )
        : id;
    }
    case 'sessions': {
      const s = data.sessions.find((r) => r.id === id);
      return s ? joined(activity(s.activityId), formatDate(s.date, lang)) : id;
    }
    case 'fees': {
      const f = data.fees.find((r) => r.id === id);
      return f ? joined(person(f.personId), String(f.year)) : id;
    }
    case 'impactNotes': {
      const n = data.impactNotes.find((r) => r.id === id);
      return n ? joined(formatDate(n.date, lang), activity(n.activityId)) : id;
    }
    case 'grantBudgetLines': {
      const l = data.grantBudgetLines.find((r) => r.id === id);
      return l ? joined(grant(l.grantId), l.name) : id;
    }
    case 'grantExpenses': {
      const e = data.grantExpenses.find((r) => r.id === id);
      const line = e && data.grantBudgetLines.find((r) => r.id === e.budgetLineId);
      return e
        ? joined(
            grant(e.grantId),
            formatDate(e.date, lang),
            formatMoney(e.amountCents, lang),
            line?.name,
            e.payee,
          )
        : id;
    }
    case 'grantPayments': {
      const p = data.grantPayments.find((r) => r.id === id);
      return p
        ? joined(grant(p.grantId), formatDate(p.date, lang), formatMoney(p.amountCents, lang))
        : id;
    }
    case 'grantChecklistItems': {
      const c = data.grantChecklistItems.find((r) => r.id === id);
      return c ? joined(grant(c.grantId), c.label) : id;
    }
    case 'grantStatusChanges': {
      const c = data.grantStatusChanges.find((r) => r.id === id);
      return c
        ? joined(
            grant(c.grantId),
            translate(lang, `ui.grants.statuses.${c.status}`),
            formatDate(c.date, lang),
          )
        : id;
    }
    case 'feedbackForms': {
      const f = data.feedbackForms.find((r) => r.id === id);
      return f
        ? joined(activity(f.activityId), translate(lang, `feedback.perspectives.${f.perspective}`))
        : id;
    }
    case 'feedbackTallies': {
      const t = data.feedbackTallies.find((r) => r.id === id);
      const f = t && data.feedbackForms.find((r) => r.id === t.formId);
      return t ? joined(activity(f?.activityId), formatDate(t.to, lang)) : id;
    }
    case 'indicatorValues': {
      const v = data.indicatorValues.find((r) => r.id === id);
      return v ? joined(v.name, formatDate(v.to, lang)) : id;
    }
    case 'activities':
    case 'grants':
    case 'funders':
    case 'attachments':
      return (data[table] as readonly Named[]).find((r) => r.id === id)?.name ?? id;
    default:
      return id;
  }
}

/**
 * One line per conflict of a merge, in `lang`, for the person who merged:
 * the kind of record, what it is (a volunteer's hours on a day, a person's
 * name, an activity), and which version was kept. Without the version both
 * computers started from, a record that differs is all that can be said: not
 * which side edited it. `data` is the merged data, which holds every record
 * either side had — and an anonymised person only as anonymised, so a line
 * never prints their former name.
 */
export function describeConflicts(
  conflicts: readonly MergeConflict[],
  data: Dataset,
  lang: Language,
): string[] {
  const key = {
    differs: 'dataFile.conflict',
    anonymised: 'dataFile.conflictAnonymised',
    trashed: 'dataFile.conflictTrashed',
  } as const;
  return conflicts.map((c) =>
    translate(lang, key[c.reason], {
      table: translate(lang, `dataFile.tables.${c.table}`),
      record: describeRecord(data, c.table, c.id, lang),
      kept: translate(lang, `dataFile.kept.${c.kept}`),
    }),
  );
}
