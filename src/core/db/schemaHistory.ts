import type { Dexie, Transaction } from 'dexie';

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
