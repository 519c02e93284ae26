import { translate } from '../i18n/translate';
import {
  grantExpenseSchema,
  type Grant,
  type GrantBudgetLine,
  type GrantExpense,
  type Language,
} from '../schemas';
import { columnLetter, guessColumns } from './guessMapping';
import { parseEuroAmount } from '../format/euroAmount';
import { parseFinnishDate } from './parseFinnishDate';

/** The columns an expense file can feed, in the order the mapping step offers them. */
export const expenseImportFields = [
  'date',
  'amount',
  'budgetLine',
  'payee',
  'receiptRef',
  'note',
] as const;
export type ExpenseImportField = (typeof expenseImportFields)[number];

/** Which column (0-based) feeds each field; a field without a column is left empty. */
export type ExpenseColumnMapping = Partial<Record<ExpenseImportField, number>>;

/**
 * Header names recognised for each field, as `normaliseHeader` leaves them:
 * Finnish bank statements (Kirjauspäivä, Määrä EUR, Saaja/Maksaja, Viite,
 * Viesti), Swedish and English ones, and the treasurer's own spreadsheets.
 */
const expenseHeaderAliases: Record<ExpenseImportField, readonly string[]> = {
  date: [
    'paivamaara',
    'pvm',
    'paiva',
    'kirjauspaiva',
    'maksupaiva',
    'arvopaiva',
    'tapahtumapaiva',
    'ostopaiva',
    'datum',
    'bokforingsdag',
    'betalningsdag',
    'date',
    'bookingdate',
    'paymentdate',
    'transactiondate',
  ],
  amount: [
    'summa',
    'maara',
    'maaraeur',
    'maaraeuroa',
    'euroa',
    'eur',
    'hinta',
    'kulu',
    'belopp',
    'beloppeur',
    'amount',
    'amounteur',
    'sum',
    'cost',
  ],
  budgetLine: [
    'budjettirivi',
    'budjetti',
    'kululaji',
    'kustannuslaji',
    'menolaji',
    'tili',
    'budgetrad',
    'budget',
    'kostnadsslag',
    'budgetline',
    'category',
  ],
  payee: [
    'saaja',
    'maksunsaaja',
    'saajamaksaja',
    'maksajasaaja',
    'toimittaja',
    'myyja',
    'mottagare',
    'betalningsmottagare',
    'mottagarebetalare',
    'leverantor',
    'payee',
    'recipient',
    'beneficiary',
    'vendor',
    'supplier',
  ],
  receiptRef: [
    'tosite',
    'tositenumero',
    'tositenro',
    'kuitti',
    'kuittinumero',
    'viite',
    'viitenumero',
    'arkistointitunnus',
    'verifikat',
    'verifikatnummer',
    'kvitto',
    'referens',
    'receipt',
    'receiptnumber',
    'receiptref',
    'reference',
    'voucher',
  ],
  note: [
    'viesti',
    'selite',
    'selitys',
    'kuvaus',
    'lisatiedot',
    'huom',
    'meddelande',
    'beskrivning',
    'forklaring',
    'anteckning',
    'message',
    'description',
    'note',
    'notes',
    'memo',
  ],
};

/**
 * The mapping a user most likely wants for a header row, as guessMapping does
 * for members: exact alias first, then an alias followed only by digits; each
 * column feeds at most one field.
 */
export function guessExpenseMapping(header: readonly string[]): ExpenseColumnMapping {
  return guessColumns(header, expenseImportFields, expenseHeaderAliases);
}

/** Why a row (or the whole file) cannot be imported; a key under `grantImport.errors`. */
export type ExpenseImportErrorCode =
  | 'required'
  | 'invalidDate'
  | 'invalidAmount'
  | 'zeroAmount'
  | 'unknownBudgetLine'
  | 'ambiguousBudgetLine'
  | 'tooLong'
  | 'invalid'
  | 'noRows'
  | 'noDateColumn'
  | 'noAmountColumn'
  | 'noBudgetLine'
  | 'grantNotFound';

/** One problem; `row` as the spreadsheet numbers it (header row 1), absent for the whole file. */
export type ExpenseImportError = {
  row?: number;
  field?: ExpenseImportField;
  column?: number;
  code: ExpenseImportErrorCode;
  params?: Record<string, string | number>;
};

/** One data row of the file and what it becomes. */
export type ExpenseImportRow = {
  row: number;
  cells: string[];
  /** The expense to create: set only when the row has no errors. */
  expense?: GrantExpense;
  /** The date is outside the grant's period: kept and imported, but flagged. */
  outsidePeriod: boolean;
  errors: ExpenseImportError[];
};

/** Everything the import would do, for the preview; nothing is written yet. */
export type ExpenseImportPreview = {
  grantId: string;
  rows: ExpenseImportRow[];
  fileErrors: ExpenseImportError[];
  /** File errors, then every row's errors, in row order. */
  errors: ExpenseImportError[];
  /** Rows with nothing in any mapped column; skipped, not errors. */
  blankRows: number[];
  /** Rows dated outside the grant's period (not errors). */
  outsidePeriodRows: number[];
  /** The expenses to create, in row order (empty when there are errors). */
  expenses: GrantExpense[];
  /** Sum of `expenses`, in cents. */
  totalCents: number;
  /** False when anything is wrong: an import is all or nothing. */
  canImport: boolean;
};

export type ExpenseImportOptions = {
  grant: Pick<Grant, 'id' | 'periodStart' | 'periodEnd'> & { deletedAt?: string | null };
  /** The grant's budget lines; lines in the trash are not matched. */
  budgetLines: readonly Pick<GrantBudgetLine, 'id' | 'name' | 'grantId' | 'deletedAt'>[];
  /** The local date `YYYY-MM-DD` (kept for symmetry with the member import; unused for now). */
  today: string;
  /** True (default) when the first row holds column names. */
  hasHeader?: boolean;
  /** One budget line for every row; wins over a budget-line column. */
  budgetLineId?: string;
  /**
   * The file is a bank statement whose outgoing payments are negative: every
   * amount's sign is flipped, so a payment becomes an expense and money coming
   * back (positive in the file) a refund.
   */
  outgoingNegative?: boolean;
  now?: string;
  newId?: () => string;
};

const oneLine = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const lineKey = (s: string) => oneLine(s).toLocaleLowerCase('fi');

/**
 * What importing `rows` as expenses of `grant` would do: per row the expense
 * or its errors (by row and field), the rows outside the grant's period, and
 * whether the whole file can be imported. Pure: writes nothing.
 */
export function prepareExpenseImport(
  rows: readonly (readonly string[])[],
  mapping: ExpenseColumnMapping,
  options: ExpenseImportOptions,
): ExpenseImportPreview {
  const now = options.now ?? new Date().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const first = (options.hasHeader ?? true) ? 1 : 0;
  const { grant } = options;
  const lines = options.budgetLines.filter((l) => !l.deletedAt && l.grantId === grant.id);

  const fileErrors: ExpenseImportError[] = [];
  if (grant.deletedAt) fileErrors.push({ code: 'grantNotFound' });
  if (mapping.date === undefined) fileErrors.push({ code: 'noDateColumn', field: 'date' });
  if (mapping.amount === undefined) fileErrors.push({ code: 'noAmountColumn', field: 'amount' });
  const chosenLine =
    options.budgetLineId !== undefined
      ? lines.find((l) => l.id === options.budgetLineId)
      : undefined;
  if (options.budgetLineId !== undefined && !chosenLine) {
    fileErrors.push({ code: 'unknownBudgetLine', field: 'budgetLine' });
  } else if (!chosenLine && mapping.budgetLine === undefined) {
    fileErrors.push({ code: 'noBudgetLine', field: 'budgetLine' });
  }

  const byName = new Map<string, string[]>();
  for (const l of lines)
    byName.set(lineKey(l.name), [...(byName.get(lineKey(l.name)) ?? []), l.id]);

  const mapped = Object.values(mapping).filter((c): c is number => c !== undefined);
  const out: ExpenseImportRow[] = [];
  const blankRows: number[] = [];
  for (let index = first; index < rows.length; index++) {
    const cells = [...rows[index]!];
    const row = index + 1;
    if (mapped.every((c) => (cells[c] ?? '').trim() === '')) {
      blankRows.push(row);
      continue;
    }
    const errors: ExpenseImportError[] = [];
    const fail = (
      field: ExpenseImportField,
      code: ExpenseImportErrorCode,
      params?: Record<string, string>,
    ) =>
      errors.push({
        row,
        field,
        code,
        ...(mapping[field] !== undefined ? { column: mapping[field] } : {}),
        ...(params ? { params } : {}),
      });
    const text = (field: ExpenseImportField) => {
      const c = mapping[field];
      return c === undefined ? '' : oneLine(cells[c] ?? '');
    };

    let date: string | undefined;
    const dateText = text('date');
    if (mapping.date !== undefined) {
      if (!dateText) fail('date', 'required');
      else {
        const parsed = parseFinnishDate(dateText);
        if (parsed.ok) date = parsed.value;
        else fail('date', 'invalidDate', { value: dateText });
      }
    }

    let amountCents: number | undefined;
    const amountText = text('amount');
    if (mapping.amount !== undefined) {
      if (!amountText) fail('amount', 'required');
      else {
        const parsed = parseEuroAmount(amountText);
        if (!parsed.ok) fail('amount', 'invalidAmount', { value: amountText });
        else if (parsed.value === 0) fail('amount', 'zeroAmount', { value: amountText });
        else amountCents = options.outgoingNegative ? -parsed.value : parsed.value;
      }
    }

    let budgetLineId = chosenLine?.id;
    if (!chosenLine && mapping.budgetLine !== undefined) {
      const name = text('budgetLine');
      const found = byName.get(lineKey(name)) ?? [];
      if (!name) fail('budgetLine', 'required');
      else if (found.length === 0) fail('budgetLine', 'unknownBudgetLine', { value: name });
      else if (found.length > 1) fail('budgetLine', 'ambiguousBudgetLine', { value: name });
      else budgetLineId = found[0];
    }

    const optional = (field: 'payee' | 'receiptRef' | 'note') =>
      text(field) ? { [field]: text(field) } : {};
    let expense: GrantExpense | undefined;
    if (errors.length === 0 && fileErrors.length === 0) {
      const parsed = grantExpenseSchema.safeParse({
        id: newId(),
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        grantId: grant.id,
        budgetLineId,
        date,
        amountCents,
        ...optional('payee'),
        ...optional('receiptRef'),
        ...optional('note'),
      });
      if (parsed.success) expense = parsed.data;
      else {
        for (const issue of parsed.error.issues) {
          const path = String(issue.path[0]);
          const field: ExpenseImportField =
            path === 'payee' || path === 'receiptRef' || path === 'note'
              ? path
              : path === 'budgetLineId'
                ? 'budgetLine'
                : path === 'amountCents'
                  ? 'amount'
                  : 'date';
          if (errors.some((e) => e.field === field)) continue;
          fail(field, issue.code === 'too_big' ? 'tooLong' : 'invalid', { value: text(field) });
        }
      }
    }
    const outsidePeriod =
      date !== undefined &&
      ((!!grant.periodStart && date < grant.periodStart) ||
        (!!grant.periodEnd && date > grant.periodEnd));
    out.push({ row, cells, ...(expense ? { expense } : {}), outsidePeriod, errors });
  }
  if (out.length === 0 && fileErrors.length === 0) fileErrors.push({ code: 'noRows' });

  const errors = [...fileErrors, ...out.flatMap((r) => r.errors)];
  const canImport = errors.length === 0;
  const expenses = canImport ? out.map((r) => r.expense!) : [];
  return {
    grantId: grant.id,
    rows: out,
    fileErrors,
    errors,
    blankRows,
    outsidePeriodRows: out.filter((r) => r.outsidePeriod).map((r) => r.row),
    expenses,
    totalCents: expenses.reduce((sum, e) => sum + e.amountCents, 0),
    canImport,
  };
}

/** One expense-import problem as a sentence in the user's language, with row, field and column. */
function formatExpenseImportError(error: ExpenseImportError, lang: Language): string {
  const problem = translate(lang, `grantImport.errors.${error.code}`, error.params ?? {});
  if (error.row === undefined) return problem;
  if (!error.field) return translate(lang, 'grantImport.atRow', { row: error.row, problem });
  const field = translate(lang, `grantImport.fields.${error.field}`);
  if (error.column === undefined) {
    return translate(lang, 'grantImport.atField', { row: error.row, field, problem });
  }
  return translate(lang, 'grantImport.atColumn', {
    row: error.row,
    field,
    column: columnLetter(error.column),
    problem,
  });
}

/** Every problem of a preview as lines, at most `max` plus one saying how many more. */
export function formatExpenseImportErrors(
  preview: Pick<ExpenseImportPreview, 'errors'>,
  lang: Language,
  max = 50,
): string[] {
  const lines = preview.errors.slice(0, max).map((e) => formatExpenseImportError(e, lang));
  if (preview.errors.length > max) {
    lines.push(translate(lang, 'grantImport.moreErrors', { count: preview.errors.length - max }));
  }
  return lines;
}
