import { derivedId, splitGrant } from '../grants';
import type {
  Dataset,
  Grant,
  GrantBudgetLine,
  GrantChecklistItem,
  GrantExpense,
  GrantPayment,
  GrantStatus,
  GrantStatusChange,
} from '../schemas';
import { base, month, type DemoContext } from './demoRecord';
import type { DemoFunderIds } from './demoFunders';

/** The grant tables of the demo. */
export type DemoGrantTables = Pick<
  Dataset,
  | 'grants'
  | 'grantBudgetLines'
  | 'grantExpenses'
  | 'grantChecklistItems'
  | 'grantStatusChanges'
  | 'grantPayments'
>;

/** The two grants the activities are funded by: last year's (reported) and this year's. */
export type DemoFundedGrants = { grantLast: Grant; grantThis: Grant };

/**
 * Three grants at different stages (reported, granted, submitted) with their
 * budget lines, expenses, checklists, status history and payments.
 */
export function demoGrants(
  ctx: DemoContext,
  funderIds: DemoFunderIds,
): DemoGrantTables & DemoFundedGrants {
  const { rnd, today, year, clampToday } = ctx;
  const grants: Grant[] = [];
  const grantBudgetLines: GrantBudgetLine[] = [];
  const grantExpenses: GrantExpense[] = [];
  const grantChecklistItems: GrantChecklistItem[] = [];
  const grantStatusChanges: GrantStatusChange[] = [];
  const grantPayments: GrantPayment[] = [];
  // Grants are written as the old single records with arrays (the random
  // stream, and so the rest of the demo, stays as it was) and then split into
  // their records the way an upgrade splits them.
  type OldLine = { id: string; name: string; budgetCents: number };
  type OldExpense = {
    id: string;
    date: string;
    amountCents: number;
    budgetLineId: string;
    description: string;
    receiptRef: string;
  };
  type OldGrant = Grant & {
    paidCents?: number;
    budgetLines: OldLine[];
    expenses: OldExpense[];
    attachments: never[];
    checklist: { id: string; label: string; done: boolean }[];
  };
  const lines = (items: [string, number][]): OldLine[] =>
    items.map(([name, budgetCents]) => ({ id: rnd.uuid(), name, budgetCents }));
  const lastYearLines = lines([
    ['Tilavuokrat', 180000],
    ['Tarjoilut', 70000],
    ['Materiaalit ja tarvikkeet', 50000],
  ]);
  const thisYearLines = lines([
    ['Tilavuokrat', 240000],
    ['Vertaisohjaajien koulutus', 120000],
    ['Tarjoilut', 80000],
    ['Viestintä', 60000],
  ]);
  const expensesFor = (budget: OldLine[], from: string, to: string, fill: number): OldExpense[] => {
    const out: OldExpense[] = [];
    for (const line of budget) {
      const months = Math.max(1, Math.min(12, month(to) - month(from) + 1));
      const perMonth = Math.floor((line.budgetCents * fill) / 12);
      for (let m = 0; m < months; m++) {
        const date = `${from.slice(0, 4)}-${String(month(from) + m).padStart(2, '0')}-${String(rnd.int(3, 27)).padStart(2, '0')}`;
        if (date > to) break;
        out.push({
          id: rnd.uuid(),
          date,
          amountCents: perMonth + rnd.int(-500, 500),
          budgetLineId: line.id,
          description: `${line.name} ${date.slice(5, 7)}/${date.slice(0, 4)}`,
          receiptRef: `T${date.slice(0, 4)}-${String(out.length + 1).padStart(3, '0')}`,
        });
      }
    }
    return out.sort((a, b) => a.date.localeCompare(b.date));
  };
  const grantLast: OldGrant = {
    ...base(rnd.uuid(), `${year - 2}-11-15`),
    funderId: funderIds.city,
    name: `Toiminta-avustus ${year - 1}`,
    programme: 'Hyvinvoinnin ja terveyden edistämisen avustukset',
    purpose: 'Vertaistukiryhmien tilavuokrat, tarjoilut ja materiaalit.',
    status: 'reported',
    appliedCents: 350000,
    grantedCents: 300000,
    paidCents: 300000,
    applicationDeadline: `${year - 2}-11-30`,
    useBy: `${year - 1}-12-31`,
    reportDue: `${year}-03-31`,
    decisionNumber: `TRE:${1000 + rnd.int(0, 8999)}/02.05.01/${year - 1}`,
    decisionDate: `${year - 1}-02-20`,
    periodStart: `${year - 1}-01-01`,
    periodEnd: `${year - 1}-12-31`,
    budgetLines: lastYearLines,
    expenses: expensesFor(lastYearLines, `${year - 1}-01-01`, `${year - 1}-12-31`, 0.97),
    attachments: [],
    checklist: [
      { id: rnd.uuid(), label: 'Käyttöselvitys lähetetty', done: true },
      { id: rnd.uuid(), label: 'Tilinpäätös ja toiminnantarkastuskertomus liitetty', done: true },
    ],
  };
  const grantThis: OldGrant = {
    ...base(rnd.uuid(), `${year - 1}-10-01`),
    funderId: funderIds.county,
    name: `Järjestöavustus ${year}: vertaistoiminta`,
    programme: 'Hyvinvointialueen järjestöavustukset',
    purpose: 'Vertaisryhmät Tampereella ja Nokialla sekä vertaisohjaajien koulutus.',
    status: 'granted',
    appliedCents: 600000,
    grantedCents: 500000,
    paidCents: 500000,
    applicationDeadline: `${year - 1}-10-31`,
    useBy: `${year}-12-31`,
    interimReportDue: `${year}-08-31`,
    reportDue: `${year + 1}-03-31`,
    decisionNumber: `PIRHA/${100 + rnd.int(0, 899)}/${year}`,
    decisionDate: `${year}-01-28`,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    budgetLines: thisYearLines,
    expenses: expensesFor(thisYearLines, `${year}-01-01`, today, 0.9),
    attachments: [],
    checklist: [
      { id: rnd.uuid(), label: 'Avustuspäätös arkistoitu', done: true },
      { id: rnd.uuid(), label: 'Käyttöselvitys ja tilinpäätös', done: false },
    ],
  };
  const grantNext: OldGrant = {
    ...base(rnd.uuid(), clampToday(`${year}-04-01`)),
    funderId: funderIds.stea,
    name: 'Sydänkahvilat koko Pirkanmaalle',
    programme: 'STEA kohdennettu toiminta-avustus (Ak)',
    purpose: 'Vertaisryhmien laajentaminen neljään uuteen kuntaan ja vapaaehtoisten koordinointi.',
    status: 'submitted',
    appliedCents: 4800000,
    applicationDeadline: `${year}-05-29`,
    attachments: [],
    budgetLines: lines([
      ['Koordinaattorin palkka', 3600000],
      ['Vuokrat', 600000],
      ['Vapaaehtoisten koulutus ja virkistys', 600000],
    ]),
    expenses: [],
    checklist: [{ id: rnd.uuid(), label: 'Hakemus jätetty', done: `${year}-05-29` <= today }],
  };
  // Status history, payments and when checklist items were done.
  const history: [OldGrant, [GrantStatus, string][]][] = [
    [
      grantLast,
      [
        ['drafting', `${year - 2}-11-15`],
        ['submitted', `${year - 2}-11-28`],
        ['granted', `${year - 1}-02-20`],
        ['reported', clampToday(`${year}-03-20`)],
      ],
    ],
    [
      grantThis,
      [
        ['drafting', `${year - 1}-10-01`],
        ['submitted', `${year - 1}-10-27`],
        ['granted', `${year}-01-28`],
      ],
    ],
    [
      grantNext,
      [
        ['drafting', clampToday(`${year}-04-01`)],
        ['submitted', clampToday(`${year}-05-27`)],
      ],
    ],
  ];
  const doneOn = new Map([
    [grantLast.id, clampToday(`${year}-03-20`)],
    [grantThis.id, `${year}-02-03`],
    [grantNext.id, clampToday(`${year}-05-27`)],
  ]);
  for (const [old, changes] of history) {
    const split = splitGrant(old as unknown as Record<string, unknown>);
    grants.push(split.grant as Grant);
    grantBudgetLines.push(...(split.grantBudgetLines as GrantBudgetLine[]));
    grantExpenses.push(...(split.grantExpenses as GrantExpense[]));
    grantChecklistItems.push(
      ...(split.grantChecklistItems as GrantChecklistItem[]).map((c) =>
        c.done ? { ...c, doneOn: doneOn.get(old.id) } : c,
      ),
    );
    grantStatusChanges.push(
      ...changes.map(([status, date], i): GrantStatusChange => ({
        ...base(derivedId(`${old.id}:demo-status:${i}`), date),
        grantId: old.id,
        status,
        date,
        ...(status === 'granted' ? { note: old.decisionNumber } : {}),
      })),
    );
  }
  // The county pays in two instalments: most at the decision, the rest after the interim report.
  const payments: [OldGrant, string, number][] = [
    [grantLast, `${year - 1}-03-05`, 300000],
    [grantThis, `${year}-02-14`, 350000],
    [grantThis, clampToday(`${year}-09-15`), 150000],
  ];
  payments.forEach(([g, date, amountCents], i) =>
    grantPayments.push({
      ...base(derivedId(`${g.id}:demo-payment:${i}`), date),
      grantId: g.id,
      date,
      amountCents,
      note: `${i + 1}. erä`,
    } satisfies GrantPayment),
  );
  return {
    grants,
    grantBudgetLines,
    grantExpenses,
    grantChecklistItems,
    grantStatusChanges,
    grantPayments,
    grantLast,
    grantThis,
  };
}
