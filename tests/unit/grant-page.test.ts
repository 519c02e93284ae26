import { afterEach, describe, expect, it } from 'vitest';
import {
  createFunder,
  createGrant,
  grantPageData,
  Repository,
  TalkootDb,
  type Clock,
} from '../../src/core/db';
import {
  checkDates,
  issueErrors,
  readAmounts,
  centsText,
} from '../../src/renderer/src/features/grants/grantFormModel';

const opened: TalkootDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
let tick = 0;
const clock: Clock = () => new Date(Date.UTC(2026, 0, 1, 8, 0, tick++));

describe('grantPageData', () => {
  it('is null for a missing grant or one in the trash', async () => {
    const db = new TalkootDb(`grant-page-${crypto.randomUUID()}`);
    opened.push(db);
    expect(await grantPageData(db, 'nope')).toBeNull();
    const funder = await createFunder(db, { name: 'Kunta', type: 'municipality' }, 'fi', clock);
    const grant = await createGrant(
      db,
      { funderId: funder.id, name: 'A', status: 'planned' },
      '2026-01-01',
      clock,
    );
    await new Repository(db, 'grants', clock).softDelete(grant.id);
    expect(await grantPageData(db, grant.id)).toBeNull();
  });

  it('reads the grant, its parts, linked activities and budget over its period', async () => {
    const db = new TalkootDb(`grant-page-${crypto.randomUUID()}`);
    opened.push(db);
    const funder = await createFunder(db, { name: 'Seurakunta', type: 'parish' }, 'fi', clock);
    const grant = await createGrant(
      db,
      {
        funderId: funder.id,
        name: 'Kerho',
        status: 'submitted',
        grantedCents: 200_000,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      },
      '2026-01-01',
      clock,
    );
    const repo = <T extends Parameters<TalkootDb['tableOf']>[0]>(t: T) =>
      new Repository(db, t, clock);
    const tools = await repo('grantBudgetLines').create({
      grantId: grant.id,
      name: 'Tarvikkeet',
      budgetCents: 50_000,
      position: 0,
    });
    const rent = await repo('grantBudgetLines').create({
      grantId: grant.id,
      name: 'Vuokra',
      budgetCents: 150_000,
      position: 1,
    });
    await repo('grantExpenses').create({
      grantId: grant.id,
      budgetLineId: tools.id,
      date: '2026-03-02',
      amountCents: 60_050,
    });
    await repo('grantExpenses').create({
      grantId: grant.id,
      budgetLineId: rent.id,
      date: '2026-04-15',
      amountCents: 125_050,
    });
    const late = await repo('grantExpenses').create({
      grantId: grant.id,
      budgetLineId: rent.id,
      date: '2027-01-05',
      amountCents: 1_000,
    });
    await repo('grantPayments').create({
      grantId: grant.id,
      date: '2026-02-01',
      amountCents: 200_000,
    });
    await repo('activities').create({ name: 'Kerho', type: 'other', grantIds: [grant.id] });
    await repo('activities').create({ name: 'Muu', type: 'other', grantIds: [] });

    const data = (await grantPageData(db, grant.id))!;
    expect(data.funder?.name).toBe('Seurakunta');
    expect(data.lines.map((l) => l.name)).toEqual(['Tarvikkeet', 'Vuokra']);
    expect(data.expenses).toHaveLength(3);
    expect(data.history.map((c) => c.status)).toEqual(['submitted']);
    expect(data.checklist.map((c) => c.label)[0]).toBe('Tilinpäätös');
    expect(data.activities.map((a) => a.name)).toEqual(['Kerho']);
    expect(data.budget.spentCents).toBe(185_100);
    expect(data.budget.unusedCents).toBe(14_900);
    expect(data.budget.paidCents).toBe(200_000);
    expect(data.budget.overBudget.map((l) => l.name)).toEqual(['Tarvikkeet']);
    expect([...data.outsideIds]).toEqual([late.id]);
    expect(data.totalDifferenceCents).toBe(14_900);
  });
});

describe('grant form fields', () => {
  it('reads Finnish money into cents, empty as undefined, and names what is wrong', () => {
    const { cents, errors } = readAmounts(
      { a: '1 250,50', b: '', c: 'paljon', d: '-5', e: '' },
      ['a', 'b', 'c', 'd', 'e'],
      ['e'],
    );
    expect(cents.a).toBe(125_050);
    expect(cents.b).toBeUndefined();
    expect(errors).toEqual({ c: 'amount', d: 'amount', e: 'required' });
    expect(readAmounts({ x: '-12,50' }, ['x'], [], { allowNegative: true }).cents.x).toBe(-1250);
  });

  it('writes cents back as text that reads the same', () => {
    const text = centsText(125_050);
    expect(readAmounts({ x: text }, ['x']).cents.x).toBe(125_050);
    expect(centsText(undefined)).toBe('');
  });

  it('checks dates', () => {
    expect(checkDates({ a: '2026-02-30', b: '', c: '2026-02-28' }, ['a', 'b', 'c'], ['b'])).toEqual(
      {
        a: 'date',
        b: 'required',
      },
    );
  });

  it('turns schema issues into field errors', () => {
    expect(
      issueErrors([
        { code: 'custom', path: ['periodEnd'], message: 'endBeforeStart', input: '' },
        { code: 'custom', path: ['email'], message: 'invalidEmail', input: '' },
        { code: 'custom', path: ['name'], message: 'other', input: '' },
      ] as never),
    ).toEqual({ periodEnd: 'endBeforeStart', email: 'invalidEmail', name: 'invalid' });
  });
});
