import { guessColumns } from '../import/guessMapping';
import { parseEuroAmount } from '../format/euroAmount';
import { parseFinnishDate } from '../import/parseFinnishDate';
import type { MembershipFee, Person } from '../schemas';
import { domesticOf } from './creditorReference';

/** The columns of a bank statement the matching reads. */
export const statementFields = ['date', 'amount', 'reference', 'payer'] as const;
export type StatementField = (typeof statementFields)[number];
export type StatementMapping = Partial<Record<StatementField, number>>;

/**
 * Header names of Finnish, Swedish and English bank exports (as
 * `normaliseHeader` leaves them): Kirjauspäivä, Määrä EUR, Viite, Maksaja…
 */
const aliases: Record<StatementField, readonly string[]> = {
  date: [
    'kirjauspaiva',
    'arvopaiva',
    'maksupaiva',
    'tapahtumapaiva',
    'paivamaara',
    'pvm',
    'bokforingsdag',
    'valutadag',
    'betalningsdag',
    'datum',
    'bookingdate',
    'valuedate',
    'paymentdate',
    'date',
  ],
  amount: [
    'maara',
    'maaraeur',
    'summa',
    'euroa',
    'belopp',
    'beloppeur',
    'amount',
    'amounteur',
    'sum',
  ],
  reference: [
    'viite',
    'viitenumero',
    'viitenro',
    'referens',
    'referensnummer',
    'reference',
    'referencenumber',
    'ref',
    'creditorreference',
  ],
  payer: [
    'maksaja',
    'saajamaksaja',
    'maksajasaaja',
    'nimi',
    'betalare',
    'mottagarebetalare',
    'avsandare',
    'payer',
    'name',
    'counterparty',
  ],
};

/** The mapping a header row most likely means (`guessColumns`, as the other imports guess). */
export function guessStatementMapping(header: readonly string[]): StatementMapping {
  return guessColumns(header, statementFields, aliases);
}

/** What a statement row turned out to be. Only `paid` rows change anything. */
export const statementOutcomes = [
  'paid',
  'wrongAmount',
  'alreadyPaid',
  'duplicate',
  'noMatch',
  'outgoing',
] as const;
export type StatementOutcome = (typeof statementOutcomes)[number];

export type StatementErrorCode =
  | 'noDateColumn'
  | 'noAmountColumn'
  | 'noReferenceColumn'
  | 'noRows'
  | 'invalidDate'
  | 'invalidAmount';

/** One problem; `row` as the spreadsheet numbers it (header row 1), absent for the whole file. */
export type StatementError = {
  row?: number;
  field?: StatementField;
  code: StatementErrorCode;
  value?: string;
};

export type StatementRow = {
  row: number;
  date?: string;
  amountCents?: number;
  reference: string;
  payer: string;
  outcome?: StatementOutcome;
  /** The fee the reference names, when it names one. */
  feeId?: string;
  /** Whose fee it is, and what it should have been. */
  memberName?: string;
  feeCents?: number;
};

export type StatementPreview = {
  rows: StatementRow[];
  errors: StatementError[];
  /** The fees to mark paid, each with the day of its payment. */
  payments: { feeId: string; paidOn: string; row: number }[];
  counts: Record<StatementOutcome, number>;
  /** Incoming payments that change nothing: wrong amount, already paid, a second payment, no match. */
  unchanged: number;
  /** All or nothing: false when any row cannot be read or a needed column is missing. */
  canImport: boolean;
};

const oneLine = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/**
 * What a bank statement would do to the fees: each incoming payment whose
 * reference is exactly a fee's (domestic or the RF form of it) and whose
 * amount is the fee's marks that fee paid on the payment's date; a payment of
 * another amount, to a fee already paid, a second payment of the same fee, or
 * one whose reference names no fee is listed and changes nothing; outgoing
 * payments are skipped. An unreadable date or amount stops the whole import.
 * Pure: writes nothing.
 */
export function matchStatement(
  rows: readonly (readonly string[])[],
  mapping: StatementMapping,
  data: { fees: readonly MembershipFee[]; people: readonly Pick<Person, 'id' | 'fullName'>[] },
  options: { hasHeader?: boolean } = {},
): StatementPreview {
  const errors: StatementError[] = [];
  if (mapping.date === undefined) errors.push({ code: 'noDateColumn', field: 'date' });
  if (mapping.amount === undefined) errors.push({ code: 'noAmountColumn', field: 'amount' });
  if (mapping.reference === undefined)
    errors.push({ code: 'noReferenceColumn', field: 'reference' });
  const names = new Map(data.people.map((p) => [p.id, p.fullName]));
  const byReference = new Map<string, MembershipFee>();
  for (const f of data.fees) {
    if (f.deletedAt || !f.reference) continue;
    const key = domesticOf(f.reference);
    if (key) byReference.set(key, f);
  }
  const first = (options.hasHeader ?? true) ? 1 : 0;
  const cell = (cells: readonly string[], field: StatementField) => {
    const c = mapping[field];
    return c === undefined ? '' : oneLine(cells[c] ?? '');
  };
  const out: StatementRow[] = [];
  const seen = new Set<string>();
  const payments: StatementPreview['payments'] = [];
  for (let index = first; index < rows.length; index++) {
    const cells = rows[index]!;
    const row = index + 1;
    if (statementFields.every((f) => cell(cells, f) === '')) continue;
    const r: StatementRow = {
      row,
      reference: cell(cells, 'reference'),
      payer: cell(cells, 'payer'),
    };
    const date = parseFinnishDate(cell(cells, 'date'));
    const amount = parseEuroAmount(cell(cells, 'amount'));
    if (!date.ok)
      errors.push({ row, field: 'date', code: 'invalidDate', value: cell(cells, 'date') });
    else r.date = date.value;
    if (!amount.ok) {
      errors.push({ row, field: 'amount', code: 'invalidAmount', value: cell(cells, 'amount') });
    } else r.amountCents = amount.value;
    out.push(r);
    if (!date.ok || !amount.ok) continue;
    if (amount.value <= 0) {
      r.outcome = 'outgoing';
      continue;
    }
    const key = r.reference ? domesticOf(r.reference) : null;
    const fee = key ? byReference.get(key) : undefined;
    if (!fee) {
      r.outcome = 'noMatch';
      continue;
    }
    r.feeId = fee.id;
    r.memberName = names.get(fee.personId) ?? '';
    r.feeCents = fee.amountCents;
    if (fee.paidOn) r.outcome = 'alreadyPaid';
    else if (seen.has(fee.id)) r.outcome = 'duplicate';
    else if (amount.value !== fee.amountCents) r.outcome = 'wrongAmount';
    else {
      r.outcome = 'paid';
      seen.add(fee.id);
      payments.push({ feeId: fee.id, paidOn: date.value, row });
    }
  }
  if (out.length === 0 && errors.length === 0) errors.push({ code: 'noRows' });
  const counts = Object.fromEntries(statementOutcomes.map((o) => [o, 0])) as Record<
    StatementOutcome,
    number
  >;
  for (const r of out) if (r.outcome) counts[r.outcome]++;
  const canImport = errors.length === 0;
  const unchanged = counts.wrongAmount + counts.alreadyPaid + counts.duplicate + counts.noMatch;
  return { rows: out, errors, payments: canImport ? payments : [], counts, unchanged, canImport };
}
