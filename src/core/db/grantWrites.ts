import {
  checkBudgetLineDelete,
  checkStatusChange,
  checklistFromFunder,
  defaultFunderChecklist,
  type GrantRefusal,
  type StatusChangeRequest,
} from '../grants';
import type { Funder, Grant, GrantStatusChange, Language } from '../schemas';
import { Repository, type RecordInput } from './Repository';
import type { TalkootDb } from './TalkootDb';
import { systemClock, type Clock } from './clock';

/**
 * A new funder. Without a checklist of its own it gets the default one, in
 * `lang`: the labels are copied as data and stay as written.
 */
export async function createFunder(
  db: TalkootDb,
  input: Omit<RecordInput<'funders'>, 'defaultChecklist'> & { defaultChecklist?: string[] },
  lang: Language,
  clock: Clock = systemClock,
): Promise<Funder> {
  return new Repository(db, 'funders', clock).create({
    ...input,
    defaultChecklist: input.defaultChecklist ?? defaultFunderChecklist(lang),
  } as RecordInput<'funders'>);
}

/**
 * A new grant, in one transaction with its first status change (dated `date`)
 * and a checklist copied from its funder's default list.
 */
export async function createGrant(
  db: TalkootDb,
  input: RecordInput<'grants'>,
  date: string,
  clock: Clock = systemClock,
): Promise<Grant> {
  return db.transaction(
    'rw',
    ['funders', 'grants', 'grantStatusChanges', 'grantChecklistItems'],
    async () => {
      const grant = await new Repository(db, 'grants', clock).create(input);
      await new Repository(db, 'grantStatusChanges', clock).create({
        grantId: grant.id,
        status: grant.status,
        date,
      });
      const funder = await db.tableOf('funders').get(grant.funderId);
      const items = new Repository(db, 'grantChecklistItems', clock);
      for (const item of checklistFromFunder(funder, grant.id)) await items.create(item);
      return grant;
    },
  );
}

/**
 * Move a grant to a new status by the rule (see checkStatusChange): the change
 * is stored as a grantStatusChanges row and the grant's `status` follows, in
 * one transaction. Refused with a reason code, writing nothing.
 */
export async function changeGrantStatus(
  db: TalkootDb,
  grantId: string,
  request: StatusChangeRequest,
  clock: Clock = systemClock,
): Promise<{ ok: true; change: GrantStatusChange } | GrantRefusal> {
  return db.transaction('rw', ['grants', 'grantStatusChanges'], async () => {
    const grant = await db.tableOf('grants').get(grantId);
    if (!grant || grant.deletedAt) return { ok: false, code: 'grantNotFound' } as const;
    const history = await db
      .tableOf('grantStatusChanges')
      .where('[grantId+date]')
      .between([grantId, ''], [grantId, '\uffff'], true, true)
      .toArray();
    const checked = checkStatusChange(grant, history, request);
    if (!checked.ok) return checked;
    const change = await new Repository(db, 'grantStatusChanges', clock).create(checked.change);
    await new Repository(db, 'grants', clock).update(grantId, { status: change.status });
    return { ok: true, change } as const;
  });
}

/** Move a budget line to the trash, unless expenses still point to it (`budgetLineHasExpenses`). */
export async function deleteBudgetLine(
  db: TalkootDb,
  lineId: string,
  clock: Clock = systemClock,
): Promise<{ ok: true } | GrantRefusal> {
  return db.transaction('rw', ['grantBudgetLines', 'grantExpenses'], async () => {
    const line = await db.tableOf('grantBudgetLines').get(lineId);
    if (!line || line.deletedAt) return { ok: false, code: 'budgetLineNotFound' } as const;
    const expenses = await db
      .tableOf('grantExpenses')
      .where('budgetLineId')
      .equals(lineId)
      .toArray();
    const checked = checkBudgetLineDelete(lineId, expenses);
    if (!checked.ok) return checked;
    await new Repository(db, 'grantBudgetLines', clock).softDelete(lineId);
    return { ok: true } as const;
  });
}
