import { expect } from 'vitest';
import {
  readDataset,
  rollupTableNames,
  type RollupTableName,
  type TalkootDb,
} from '../../../src/core/db';
import {
  hourRollupsOf,
  memberRollupsOf,
  sessionRollupsOf,
  unpaidFeesOf,
  volunteerRollupsOf,
} from '../../../src/core/figures';
import type { Dataset } from '../../../src/core/schemas';

/** The rollup tables as a full recomputation from the rows would make them. */
export function recomputedRollups(data: Dataset): Record<RollupTableName, unknown[]> {
  return {
    hourRollups: hourRollupsOf(data.hours),
    volunteerRollups: volunteerRollupsOf(data.hours),
    sessionRollups: sessionRollupsOf(data.sessions),
    memberRollups: memberRollupsOf(data.people),
    unpaidFees: unpaidFeesOf(data.fees),
  };
}

/** Every rollup table as stored, in id order. */
export async function storedRollups(db: TalkootDb): Promise<Record<RollupTableName, unknown[]>> {
  const out = {} as Record<RollupTableName, unknown[]>;
  for (const t of rollupTableNames) out[t] = await db.rollupsOf(t).orderBy('id').toArray();
  return out;
}

/** The stored rollups equal a full recomputation from the stored rows. */
export async function expectRollupsExact(db: TalkootDb): Promise<void> {
  expect(await storedRollups(db)).toEqual(recomputedRollups(await readDataset(db)));
}
