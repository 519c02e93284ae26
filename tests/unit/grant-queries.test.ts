import { afterEach, describe, expect, it } from 'vitest';
import {
  attachmentsOfGrant,
  budgetLinesOfGrant,
  changeGrantStatus,
  createFunder,
  createGrant,
  deleteBudgetLine,
  checklistOfGrant,
  expensesOfBudgetLine,
  expensesOfGrant,
  grantSpending,
  paymentsOfGrant,
  Repository,
  statusChangesOfGrant,
  TalkootDb,
  type Clock,
} from '../../src/core/db';

const opened: TalkootDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
let tick = 0;
const clock: Clock = () => new Date(Date.UTC(2026, 0, 1, 8, 0, tick++));

async function seed() {
  const db = new TalkootDb(`grant-queries-${crypto.randomUUID()}`);
  opened.push(db);
  const repo = <T extends Parameters<TalkootDb['tableOf']>[0]>(t: T) =>
    new Repository(db, t, clock);
  const funder = await repo('funders').create({ name: 'Seurakunta', type: 'parish' });
  const grant = await repo('grants').create({ funderId: funder.id, name: 'A', status: 'granted' });
  const other = await repo('grants').create({ funderId: funder.id, name: 'B', status: 'granted' });
  const rent = await repo('grantBudgetLines').create({
    grantId: grant.id,
    name: 'Vuokrat',
    budgetCents: 1000,
    position: 1,
  });
  const coffee = await repo('grantBudgetLines').create({
    grantId: grant.id,
    name: 'Kahvit',
    budgetCents: 500,
    position: 0,
  });
  const gone = await repo('grantBudgetLines').create({
    grantId: grant.id,
    name: 'Pois',
    budgetCents: 1,
  });
  await repo('grantBudgetLines').softDelete(gone.id);
  const otherLine = await repo('grantBudgetLines').create({
    grantId: other.id,
    name: 'Muu',
    budgetCents: 9,
  });
  const e = (grantId: string, budgetLineId: string, date: string, amountCents: number) =>
    repo('grantExpenses').create({ grantId, budgetLineId, date, amountCents });
  await e(grant.id, rent.id, '2026-03-01', 300);
  await e(grant.id, coffee.id, '2026-01-15', 120);
  const trashed = await e(grant.id, rent.id, '2026-02-01', 999);
  await repo('grantExpenses').softDelete(trashed.id);
  await e(other.id, otherLine.id, '2026-02-01', 7);
  await repo('grantPayments').create({ grantId: grant.id, date: '2026-02-01', amountCents: 1000 });
  await repo('grantPayments').create({ grantId: other.id, date: '2026-02-01', amountCents: 5 });
  await repo('grantChecklistItems').create({ grantId: grant.id, label: 'Pöytäkirja', position: 1 });
  await repo('grantChecklistItems').create({
    grantId: grant.id,
    label: 'Tilinpäätös',
    position: 0,
  });
  await repo('grantStatusChanges').create({
    grantId: grant.id,
    status: 'granted',
    date: '2026-01-20',
  });
  await repo('grantStatusChanges').create({
    grantId: grant.id,
    status: 'submitted',
    date: '2026-01-05',
  });
  await repo('attachments').create({
    grantId: grant.id,
    name: 'päätös.pdf',
    mimeType: 'application/pdf',
    dataBase64: 'AAAA',
    kind: 'decision',
    size: 3,
  });
  return { db, grant, other, rent, coffee };
}

describe('grant queries', () => {
  it("return exactly one grant's rows, in order, without the trash", async () => {
    const { db, grant, rent } = await seed();
    expect((await budgetLinesOfGrant(db, grant.id)).map((l) => l.name)).toEqual([
      'Kahvit',
      'Vuokrat',
    ]);
    expect((await expensesOfGrant(db, grant.id)).map((x) => x.amountCents)).toEqual([120, 300]);
    expect((await expensesOfBudgetLine(db, rent.id)).map((x) => x.amountCents)).toEqual([300]);
    expect((await paymentsOfGrant(db, grant.id)).map((p) => p.amountCents)).toEqual([1000]);
    expect((await checklistOfGrant(db, grant.id)).map((c) => c.label)).toEqual([
      'Tilinpäätös',
      'Pöytäkirja',
    ]);
    expect((await statusChangesOfGrant(db, grant.id)).map((c) => c.status)).toEqual([
      'submitted',
      'granted',
    ]);
    const files = await attachmentsOfGrant(db, grant.id);
    expect(files.map((f) => [f.name, f.kind, f.size])).toEqual([['päätös.pdf', 'decision', 3]]);
    expect(files[0]).not.toHaveProperty('dataBase64');
  });

  it("sums each grant's spending", async () => {
    const { db, grant, other } = await seed();
    const spent = await grantSpending(db);
    expect(spent.get(grant.id)).toBe(420);
    expect(spent.get(other.id)).toBe(7);
  });
});

describe('grant writes', () => {
  it('a new funder gets the default checklist in the language; a new grant copies it with its first status', async () => {
    const db = new TalkootDb(`grant-writes-${crypto.randomUUID()}`);
    opened.push(db);
    const funder = await createFunder(db, { name: 'Församlingen', type: 'parish' }, 'sv', clock);
    expect(funder.defaultChecklist[0]).toBe('Bokslut');
    const grant = await createGrant(
      db,
      { funderId: funder.id, name: 'Läger', status: 'planned' },
      '2026-01-05',
      clock,
    );
    expect((await checklistOfGrant(db, grant.id)).map((c) => c.label)).toEqual(
      funder.defaultChecklist,
    );
    expect((await statusChangesOfGrant(db, grant.id)).map((c) => [c.status, c.date])).toEqual([
      ['planned', '2026-01-05'],
    ]);
  });

  it('changes status by the rule, storing each change; refuses others writing nothing', async () => {
    const { db, grant } = await seed();
    const refused = await changeGrantStatus(
      db,
      grant.id,
      { status: 'planned', date: '2026-05-01' },
      clock,
    );
    expect(refused).toMatchObject({ ok: false, code: 'statusNotAllowed' });
    const done = await changeGrantStatus(
      db,
      grant.id,
      { status: 'reported', date: '2026-05-01', note: 'Lähetetty' },
      clock,
    );
    expect(done.ok).toBe(true);
    expect((await db.tableOf('grants').get(grant.id))!.status).toBe('reported');
    expect((await statusChangesOfGrant(db, grant.id)).map((c) => c.status)).toEqual([
      'submitted',
      'granted',
      'reported',
    ]);
    expect(
      await changeGrantStatus(
        db,
        crypto.randomUUID(),
        { status: 'closed', date: '2026-05-02' },
        clock,
      ),
    ).toEqual({
      ok: false,
      code: 'grantNotFound',
    });
  });

  it('refuses to delete a budget line that expenses point to', async () => {
    const { db, grant, rent } = await seed();
    expect(await deleteBudgetLine(db, rent.id, clock)).toEqual({
      ok: false,
      code: 'budgetLineHasExpenses',
      params: { count: 1 },
    });
    const empty = await new Repository(db, 'grantBudgetLines', clock).create({
      grantId: grant.id,
      name: 'Tyhjä',
      budgetCents: 0,
    });
    expect(await deleteBudgetLine(db, empty.id, clock)).toEqual({ ok: true });
    expect((await budgetLinesOfGrant(db, grant.id)).map((l) => l.name)).not.toContain('Tyhjä');
  });
});
