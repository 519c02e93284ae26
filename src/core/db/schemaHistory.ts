import type { Dexie, Transaction } from 'dexie';
import { rebuildRollups } from './rollupStore';
import { upgradeGrantsToRecords } from './upgradeGrants';
import { upgradeReportTexts } from './upgradeReportTexts';
import { upgradeVolunteerRollups } from './upgradeVolunteerRollups';

export type SchemaVersion = {
  version: number;
  /** When this version was introduced, and why. */
  note: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
};

/**
 * The database schema, append-only: never edit a released version; add a new one
 * with its date, the full `stores` it needs and an `upgrade` that moves old rows.
 * Indexes serve the reports: dates; person+date; activity+date; grant.
 */
export const schemaHistory: readonly SchemaVersion[] = [
  {
    version: 1,
    note: '2026-11-22: first version',
    stores: {
      profile: 'id',
      people: 'id, fullName, homeMunicipality, membership, joinedOn, leftOn, email',
      fees: 'id, personId, year, [personId+year], paidOn',
      activities: 'id, type, municipality, name',
      sessions: 'id, activityId, date, [activityId+date]',
      hours:
        'id, personId, activityId, sessionId, grantId, date, kind, [personId+date], [activityId+date]',
      funders: 'id, name',
      grants: 'id, funderId, status, decisionDate',
      attachments: 'id, grantId',
      impactNotes: 'id, date, activityId, grantId, type',
    },
  },
  {
    version: 2,
    note:
      '2026-12-01: pages read index ranges, not whole tables. Adds [grantId+date] for a ' +
      "grant's hours; drops the indexes no query uses; adds the rollup " +
      'tables (hours, volunteers, sessions, members per month) kept by rollupMiddleware, built here ' +
      'from the existing rows.',
    stores: {
      profile: 'id',
      people: 'id',
      fees: 'id, year, [personId+year]',
      activities: 'id',
      sessions: 'id, date, [activityId+date]',
      hours: 'id, date, sessionId, [personId+date], [activityId+date], [grantId+date]',
      funders: 'id',
      grants: 'id, funderId',
      attachments: 'id, grantId',
      impactNotes: 'id, date',
      hourRollups: 'id, month',
      volunteerRollups: 'id, month',
      sessionRollups: 'id, month',
      memberRollups: 'id, month',
    },
    upgrade: (tx) => rebuildRollups(tx),
  },
  {
    version: 3,
    note:
      "2026-12-01: a grant's budget lines, expenses, payments, checklist and status history " +
      'become records of their own, so that a merge keeps what each computer added. The ' +
      "upgrade moves each grant's arrays into the new tables, its paidCents into one payment " +
      'and its status into the first status change, and adds size/addedAt to attachments.',
    stores: {
      profile: 'id',
      people: 'id',
      fees: 'id, year, [personId+year]',
      activities: 'id',
      sessions: 'id, date, [activityId+date]',
      hours: 'id, date, sessionId, [personId+date], [activityId+date], [grantId+date]',
      funders: 'id',
      grants: 'id, funderId',
      attachments: 'id, grantId',
      grantBudgetLines: 'id, grantId',
      grantExpenses: 'id, [grantId+date], budgetLineId',
      grantPayments: 'id, [grantId+date]',
      grantChecklistItems: 'id, grantId',
      grantStatusChanges: 'id, [grantId+date]',
      impactNotes: 'id, date',
      hourRollups: 'id, month',
      volunteerRollups: 'id, month',
      sessionRollups: 'id, month',
      memberRollups: 'id, month',
    },
    upgrade: (tx) => upgradeGrantsToRecords(tx),
  },
  {
    version: 4,
    note:
      '2026-12-01: board and officials: the officials table (who held which role in which ' +
      "term), read by a person's id. The profile's report texts become one set per language: " +
      'the upgrade moves the old flat texts under Finnish.',
    stores: {
      profile: 'id',
      people: 'id',
      fees: 'id, year, [personId+year]',
      activities: 'id',
      sessions: 'id, date, [activityId+date]',
      hours: 'id, date, sessionId, [personId+date], [activityId+date], [grantId+date]',
      funders: 'id',
      grants: 'id, funderId',
      attachments: 'id, grantId',
      grantBudgetLines: 'id, grantId',
      grantExpenses: 'id, [grantId+date], budgetLineId',
      grantPayments: 'id, [grantId+date]',
      grantChecklistItems: 'id, grantId',
      grantStatusChanges: 'id, [grantId+date]',
      impactNotes: 'id, date',
      officials: 'id, personId',
      hourRollups: 'id, month',
      volunteerRollups: 'id, month',
      sessionRollups: 'id, month',
      memberRollups: 'id, month',
    },
    upgrade: (tx) => upgradeReportTexts(tx),
  },
  {
    version: 5,
    note:
      '2026-12-01: feedback forms (statements answered 1–5 per activity and perspective), ' +
      'their tallies per session or period, read by form and by the day collected, and the ' +
      'indicator values an association measures itself, read by period. New tables only: ' +
      'no rows to move.',
    stores: {
      profile: 'id',
      people: 'id',
      fees: 'id, year, [personId+year]',
      activities: 'id',
      sessions: 'id, date, [activityId+date]',
      hours: 'id, date, sessionId, [personId+date], [activityId+date], [grantId+date]',
      funders: 'id',
      grants: 'id, funderId',
      attachments: 'id, grantId',
      grantBudgetLines: 'id, grantId',
      grantExpenses: 'id, [grantId+date], budgetLineId',
      grantPayments: 'id, [grantId+date]',
      grantChecklistItems: 'id, grantId',
      grantStatusChanges: 'id, [grantId+date]',
      impactNotes: 'id, date',
      officials: 'id, personId',
      feedbackForms: 'id, activityId',
      feedbackTallies: 'id, formId, to',
      indicatorValues: 'id, to',
      hourRollups: 'id, month',
      volunteerRollups: 'id, month',
      sessionRollups: 'id, month',
      memberRollups: 'id, month',
    },
  },
  {
    version: 6,
    note:
      '2026-12-02: a volunteer rollup keeps its people as sorted arrays of ids and entries, ' +
      'not as an object keyed by id, which is several times slower to read back; the upgrade ' +
      'rewrites each row. Adds unpaidFees, the live unpaid fees kept by rollupMiddleware (so ' +
      'overdue fees are found without reading every fee), built here from the fees.',
    stores: {
      profile: 'id',
      people: 'id',
      fees: 'id, year, [personId+year]',
      activities: 'id',
      sessions: 'id, date, [activityId+date]',
      hours: 'id, date, sessionId, [personId+date], [activityId+date], [grantId+date]',
      funders: 'id',
      grants: 'id, funderId',
      attachments: 'id, grantId',
      grantBudgetLines: 'id, grantId',
      grantExpenses: 'id, [grantId+date], budgetLineId',
      grantPayments: 'id, [grantId+date]',
      grantChecklistItems: 'id, grantId',
      grantStatusChanges: 'id, [grantId+date]',
      impactNotes: 'id, date',
      officials: 'id, personId',
      feedbackForms: 'id, activityId',
      feedbackTallies: 'id, formId, to',
      indicatorValues: 'id, to',
      hourRollups: 'id, month',
      volunteerRollups: 'id, month',
      sessionRollups: 'id, month',
      memberRollups: 'id, month',
      unpaidFees: 'id',
    },
    upgrade: async (tx) => {
      await upgradeVolunteerRollups(tx);
      await rebuildRollups(tx, ['unpaidFees']);
    },
  },
];

/** Declare every version of `history` on `db`, oldest first. */
export function applySchemaHistory(
  db: Dexie,
  history: readonly SchemaVersion[] = schemaHistory,
): void {
  for (const v of history) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}
