import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedStatusChanges,
  checkBudgetLineDelete,
  checkStatusChange,
  checklistFromFunder,
  daysBetween,
  defaultFunderChecklist,
  derivedId,
  grantBudgetActual,
  isReceivedStatus,
  nextStatuses,
  paymentsTotal,
  receivedGrantStatuses,
  splitGrant,
  sumCents,
  upcomingGrantDeadlines,
} from '../../src/core/grants';
import { translate } from '../../src/core/i18n';
import {
  grantStatuses,
  id as idSchema,
  languageCodes,
  type Grant,
  type GrantBudgetLine,
  type GrantExpense,
  type GrantPayment,
  type GrantStatus,
  type GrantStatusChange,
} from '../../src/core/schemas';

const at = '2026-01-10T09:00:00.000Z';
const base = (id: string) => ({ id, createdAt: at, updatedAt: at, deletedAt: null });
const grantId = '00000000-0000-4000-8000-000000000001';
const lineA = '00000000-0000-4000-8000-0000000000a1';
const lineB = '00000000-0000-4000-8000-0000000000b1';
let n = 0;
const uid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

const line = (id: string, name: string, budgetCents: number, position = 0): GrantBudgetLine => ({
  ...base(id),
  grantId,
  name,
  budgetCents,
  position,
});
const expense = (budgetLineId: string, date: string, amountCents: number): GrantExpense => ({
  ...base(uid()),
  grantId,
  budgetLineId,
  date,
  amountCents,
});
const payment = (date: string, amountCents: number): GrantPayment => ({
  ...base(uid()),
  grantId,
  date,
  amountCents,
});
const grant = (over: Partial<Grant> = {}): Grant => ({
  ...base(grantId),
  funderId: uid(),
  name: 'Toiminta-avustus',
  status: 'granted',
  ...over,
});

describe('budget against actual', () => {
  const lines = [line(lineB, 'Tarjoilut', 50_000, 1), line(lineA, 'Tilavuokrat', 100_000, 0)];
  const period = { from: '2026-01-01', to: '2026-12-31' };

  it('sums per line and in total, in budget order, and finds lines over budget', () => {
    const b = grantBudgetActual({
      lines,
      expenses: [
        expense(lineA, '2026-02-01', 60_000),
        expense(lineA, '2026-03-01', 30_000),
        expense(lineB, '2026-04-01', 45_000),
        expense(lineB, '2026-05-01', 10_000),
      ],
      payments: [payment('2026-01-15', 100_000), payment('2026-06-15', 50_000)],
      grantedCents: 150_000,
      period,
    });
    expect(b.lines.map((l) => [l.name, l.spentCents, l.differenceCents, l.overBudget])).toEqual([
      ['Tilavuokrat', 90_000, 10_000, false],
      ['Tarjoilut', 55_000, -5_000, true],
    ]);
    expect(b.budgetCents).toBe(150_000);
    expect(b.spentCents).toBe(145_000);
    expect(b.overBudget.map((l) => l.id)).toEqual([lineB]);
    expect(b.paidCents).toBe(150_000);
    expect(b.unusedCents).toBe(5_000);
    expect(b.toReturnCents).toBe(5_000);
  });

  it('flags an expense outside the period and does not count it; the period ends are inside', () => {
    const before = expense(lineA, '2025-12-31', 7_000);
    const after = expense(lineA, '2027-01-01', 8_000);
    const b = grantBudgetActual({
      lines,
      expenses: [
        before,
        after,
        expense(lineA, '2026-01-01', 1_000),
        expense(lineA, '2026-12-31', 2_000),
      ],
      period,
    });
    expect(b.spentCents).toBe(3_000);
    expect(b.outsidePeriod.map((e) => e.id)).toEqual([before.id, after.id]);
  });

  it('leaves out rows in the trash; a refund lowers the spending; nothing to return when overspent', () => {
    const trashed = { ...expense(lineA, '2026-02-01', 99_000), deletedAt: at };
    const b = grantBudgetActual({
      lines: [...lines, { ...line(uid(), 'Poistettu', 10_000), deletedAt: at }],
      expenses: [
        trashed,
        expense(lineA, '2026-02-01', 120_000),
        expense(lineA, '2026-02-02', -500),
      ],
      payments: [payment('2026-01-15', 100_000), { ...payment('2026-01-16', 1), deletedAt: at }],
      period,
    });
    expect(b.lines).toHaveLength(2);
    expect(b.spentCents).toBe(119_500);
    expect(b.paidCents).toBe(100_000);
    expect(b.toReturnCents).toBe(0);
    expect(b.unusedCents).toBe(150_000 - 119_500);
  });

  it('sums 10 000 random expenses exactly, as the integer sum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1_000_000, max: 100_000_000 }), {
          minLength: 10_000,
          maxLength: 10_000,
        }),
        (amounts) => {
          const expenses = amounts.map((a, i) => expense(i % 2 ? lineA : lineB, '2026-06-01', a));
          const exact = amounts.reduce((s, a) => s + BigInt(a), 0n);
          const b = grantBudgetActual({ lines, expenses, period });
          expect(BigInt(b.spentCents)).toBe(exact);
          expect(BigInt(sumCents(amounts))).toBe(exact);
          expect(b.lines.reduce((s, l) => s + BigInt(l.spentCents), 0n)).toBe(exact);
        },
      ),
      { numRuns: 5 },
    );
  });

  it('refuses fractions of a cent rather than printing a wrong sum', () => {
    expect(() => sumCents([1, 0.5])).toThrow(RangeError);
    expect(paymentsTotal([])).toBe(0);
  });
});

describe('received statuses', () => {
  it('is one rule: granted, partly granted, reported and closed', () => {
    expect(grantStatuses.filter(isReceivedStatus)).toEqual([
      'granted',
      'partlyGranted',
      'reported',
      'closed',
    ]);
    expect([...receivedGrantStatuses]).toEqual(grantStatuses.filter(isReceivedStatus));
  });
});

describe('status changes', () => {
  const history = (status: GrantStatus, date: string): GrantStatusChange => ({
    ...base(uid()),
    grantId,
    status,
    date,
  });

  it('follows planned → drafting → submitted → decision → reported → closed', () => {
    const path: GrantStatus[] = [
      'planned',
      'drafting',
      'submitted',
      'granted',
      'reported',
      'closed',
    ];
    for (let i = 0; i + 1 < path.length; i++) {
      expect(nextStatuses(path[i]!)).toContain(path[i + 1]);
    }
    expect(nextStatuses('submitted')).toEqual(['granted', 'partlyGranted', 'rejected']);
    expect(nextStatuses('partlyGranted')).toEqual(['reported']);
    expect(nextStatuses('rejected')).toEqual([]);
    expect(nextStatuses('closed')).toEqual([]);
    expect(Object.keys(allowedStatusChanges).sort()).toEqual([...grantStatuses].sort());
  });

  it('stores the change with its date and note (a rejected grant keeps its reason)', () => {
    const r = checkStatusChange(
      { id: grantId, status: 'submitted' },
      [history('submitted', '2026-01-10')],
      { status: 'rejected', date: '2026-03-01', note: '  Määräraha ei riittänyt.  ' },
    );
    expect(r).toEqual({
      ok: true,
      change: { grantId, status: 'rejected', date: '2026-03-01', note: 'Määräraha ei riittänyt.' },
    });
  });

  it('refuses a move the rule does not allow, the same status, a bad date and a date before the last change', () => {
    const g = { id: grantId, status: 'planned' as const };
    expect(checkStatusChange(g, [], { status: 'granted', date: '2026-03-01' })).toMatchObject({
      ok: false,
      code: 'statusNotAllowed',
      params: { from: 'planned', to: 'granted' },
    });
    expect(checkStatusChange(g, [], { status: 'planned', date: '2026-03-01' })).toMatchObject({
      ok: false,
      code: 'sameStatus',
    });
    expect(checkStatusChange(g, [], { status: 'drafting', date: '2026-02-30' })).toMatchObject({
      ok: false,
      code: 'invalidDate',
    });
    expect(
      checkStatusChange(g, [history('planned', '2026-03-02')], {
        status: 'drafting',
        date: '2026-03-01',
      }),
    ).toMatchObject({
      ok: false,
      code: 'statusDateBeforePrevious',
      params: { date: '2026-03-02' },
    });
    // The same day as the last change is fine.
    expect(
      checkStatusChange(g, [history('planned', '2026-03-01')], {
        status: 'drafting',
        date: '2026-03-01',
      }).ok,
    ).toBe(true);
  });
});

describe('deleting a budget line', () => {
  it('is refused while expenses point to it, with a reason code', () => {
    const expenses = [expense(lineA, '2026-02-01', 100), expense(lineA, '2026-02-02', 100)];
    expect(checkBudgetLineDelete(lineA, expenses)).toEqual({
      ok: false,
      code: 'budgetLineHasExpenses',
      params: { count: 2 },
    });
    expect(checkBudgetLineDelete(lineB, expenses)).toEqual({ ok: true });
    const trashed = expenses.map((e) => ({ ...e, deletedAt: at }));
    expect(checkBudgetLineDelete(lineA, trashed)).toEqual({ ok: true });
  });
});

describe('deadlines', () => {
  it('counts days across month and year ends', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-10', '2026-03-10')).toBe(0);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('lists the next N days across a year end, the day itself and overdue ones, soonest first', () => {
    const grants = [
      grant({
        id: uid(),
        name: 'A',
        status: 'granted',
        interimReportDue: '2026-12-20',
        useBy: '2026-12-31',
        reportDue: '2027-01-15',
      }),
      grant({ id: uid(), name: 'B', status: 'drafting', applicationDeadline: '2027-01-14' }),
      grant({ id: uid(), name: 'C', status: 'granted', reportDue: '2027-02-01' }),
      // Done with: no deadline is open any more.
      grant({ id: uid(), name: 'D', status: 'reported', reportDue: '2026-12-25' }),
      grant({ id: uid(), name: 'E', status: 'submitted', applicationDeadline: '2026-12-24' }),
      grant({ id: uid(), name: 'F', status: 'granted', useBy: '2026-12-24', deletedAt: at }),
    ];
    const list = upcomingGrantDeadlines(grants, '2026-12-24', 30);
    expect(list.map((d) => [d.grantName, d.kind, d.date, d.daysLeft, d.overdue])).toEqual([
      ['A', 'interimReportDue', '2026-12-20', -4, true],
      ['A', 'useBy', '2026-12-31', 7, false],
      ['B', 'applicationDeadline', '2027-01-14', 21, false],
      ['A', 'reportDue', '2027-01-15', 22, false],
    ]);
    const today = upcomingGrantDeadlines(
      [grant({ status: 'planned', applicationDeadline: '2026-12-24' })],
      '2026-12-24',
      0,
    );
    expect(today.map((d) => [d.daysLeft, d.overdue])).toEqual([[0, false]]);
  });
});

describe('checklists', () => {
  it("a new funder's default checklist comes from the catalogue in the user's language", () => {
    for (const lang of languageCodes) {
      const list = defaultFunderChecklist(lang);
      expect(list).toHaveLength(5);
      for (const label of list) expect(label).not.toMatch(/^grants\./);
    }
    expect(defaultFunderChecklist('fi')[0]).toBe('Tilinpäätös');
    expect(defaultFunderChecklist('en')[0]).toBe('Financial statements');
    expect(checklistFromFunder({ defaultChecklist: ['A', 'B'] }, grantId)).toEqual([
      { grantId, label: 'A', done: false, position: 0 },
      { grantId, label: 'B', done: false, position: 1 },
    ]);
    expect(checklistFromFunder(undefined, grantId)).toEqual([]);
  });

  it('every error code has a message in fi, sv and en', () => {
    const codes = [
      'sameStatus',
      'statusNotAllowed',
      'statusDateBeforePrevious',
      'invalidDate',
      'budgetLineHasExpenses',
      'budgetLineNotFound',
      'grantNotFound',
    ] as const;
    for (const lang of languageCodes) {
      for (const code of codes) {
        expect(translate(lang, `grants.errors.${code}`)).not.toBe(`grants.errors.${code}`);
      }
    }
  });
});

describe('splitting an old grant into records', () => {
  const old = {
    ...base(grantId),
    funderId: uid(),
    name: 'Vanha',
    status: 'granted',
    decisionDate: '2026-02-20',
    paidCents: 300_000,
    extra: 'kept',
    budgetLines: [{ id: lineA, name: 'Vuokrat', budgetCents: 200_000, code: 'A1' }],
    expenses: [
      {
        id: uid(),
        date: '2026-03-01',
        amountCents: 1_000,
        budgetLineId: lineA,
        description: 'Maaliskuu',
      },
    ],
    checklist: [{ id: uid(), label: 'Tilinpäätös', done: true }],
    attachments: [],
  };

  it('moves the arrays out, keeps unknown fields, pays paidCents on the decision date', () => {
    const s = splitGrant(old);
    expect(s.grant).not.toHaveProperty('budgetLines');
    expect(s.grant).not.toHaveProperty('paidCents');
    expect(s.grant.extra).toBe('kept');
    expect(s.grantBudgetLines).toEqual([
      { ...base(lineA), name: 'Vuokrat', budgetCents: 200_000, code: 'A1', grantId, position: 0 },
    ]);
    expect(s.grantExpenses[0]).toMatchObject({ grantId, budgetLineId: lineA, note: 'Maaliskuu' });
    expect(s.grantExpenses[0]).not.toHaveProperty('description');
    expect(s.grantPayments).toEqual([
      expect.objectContaining({ grantId, date: '2026-02-20', amountCents: 300_000 }),
    ]);
    expect(s.grantStatusChanges).toEqual([
      expect.objectContaining({ grantId, status: 'granted', date: '2026-02-20' }),
    ]);
  });

  it('gives the same new ids every time, valid UUIDs, and new ones for ids already taken', () => {
    const a = splitGrant(old);
    const b = splitGrant(old);
    expect(a.grantPayments[0]!.id).toBe(b.grantPayments[0]!.id);
    expect(idSchema.safeParse(a.grantPayments[0]!.id).success).toBe(true);
    expect(idSchema.safeParse(derivedId('x')).success).toBe(true);
    const taken = new Set<string>([lineA]);
    const c = splitGrant(old, taken);
    expect(c.grantBudgetLines[0]!.id).not.toBe(lineA);
    expect(c.grantExpenses[0]!.budgetLineId).toBe(c.grantBudgetLines[0]!.id);
  });
});
