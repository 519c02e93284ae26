import {
  membershipFeeSchema,
  personEntrySchema,
  type Dataset,
  type MembershipFee,
  type MembershipType,
  type Person,
} from '../schemas';
import { normaliseHeader, type ColumnMapping, type ImportField } from './guessMapping';
import { parseEuroAmount } from '../format/euroAmount';
import { parseFinnishDate } from './parseFinnishDate';
import { postalCodeFromSpreadsheet } from '../validators/postalCode';

/** Why a row (or the whole file) cannot be imported; a key under `memberImport.errors`. */
export type MemberImportErrorCode =
  | 'required'
  | 'invalidDate'
  | 'futureDate'
  | 'invalidAmount'
  | 'invalidEmail'
  | 'invalidPostalCode'
  | 'unknownMembership'
  | 'unknownLanguage'
  | 'tooLong'
  | 'leftBeforeJoined'
  | 'invalid'
  | 'noRows'
  | 'noNameColumn'
  | 'noMunicipalityColumn';

/**
 * One problem. `row` is the row number the user sees in the spreadsheet (the
 * header is row 1); absent for a problem with the whole file or mapping.
 * `column` is the 0-based column the value came from, when there is one.
 */
export type MemberImportError = {
  row?: number;
  field?: ImportField;
  column?: number;
  code: MemberImportErrorCode;
  params?: Record<string, string | number>;
};

/** One data row of the file and what it becomes. */
export type MemberImportRow = {
  row: number;
  cells: string[];
  /** The person to create: set only when the row has no errors. */
  person?: Person;
  /** The membership fee to create with the person, when the row has an amount. */
  fee?: MembershipFee;
  errors: MemberImportError[];
};

export type DuplicateReason = 'nameAndMunicipality' | 'email' | 'both';

/**
 * A row that is probably someone already known: in the register (`existing`)
 * or on an earlier row of the same file (`row`). Not an error: the user decides.
 */
export type ProbableDuplicate = {
  row: number;
  fullName: string;
  homeMunicipality: string;
  reason: DuplicateReason;
  match:
    | { kind: 'existing'; id: string; fullName: string; homeMunicipality: string }
    | { kind: 'row'; row: number };
};

/** Everything an import would do, for the preview; nothing is written yet. */
export type MemberImportPreview = {
  rows: MemberImportRow[];
  /** Problems with the file or mapping as a whole (no rows, no name column, …). */
  fileErrors: MemberImportError[];
  /** File errors, then every row's errors, in row order. */
  errors: MemberImportError[];
  duplicates: ProbableDuplicate[];
  /** Rows with nothing in any mapped column; skipped, not errors. */
  blankRows: number[];
  /** False when anything is wrong: an import is all or nothing. */
  canImport: boolean;
};

export type MemberImportOptions = {
  /** The local date `YYYY-MM-DD`: later joining and leaving dates are typos. */
  today: string;
  /** True when the first row holds column names rather than a member. */
  hasHeader: boolean;
  /** Timestamp for createdAt/updatedAt; defaults to the current time. */
  now?: string;
  /** Record ids; defaults to crypto.randomUUID (a Web API in browsers and Node). */
  newId?: () => string;
  /** Membership of rows without one; default 'regular' (this is a member import). */
  defaultMembership?: MembershipType;
  /** Year of imported fees; default the year of the payment date, else of `today`. */
  feeYear?: number;
};

// Values of the membership column, written as normaliseHeader leaves them.
const membershipAliases: Record<MembershipType, readonly string[]> = {
  regular: [
    'varsinainen',
    'varsinainenjasen',
    'jasen',
    'tavallinen',
    'tavallinenjasen',
    'ordinarie',
    'ordinariemedlem',
    'medlem',
    'regular',
    'regularmember',
    'member',
    'fullmember',
    'ordinary',
  ],
  supporting: [
    'kannatus',
    'kannatusjasen',
    'kannattaja',
    'kannattajajasen',
    'kannattavajasen',
    'stodmedlem',
    'stodjandemedlem',
    'understodjandemedlem',
    'supporting',
    'supportingmember',
    'supporter',
  ],
  honorary: [
    'kunnia',
    'kunniajasen',
    'kunniapuheenjohtaja',
    'hedersmedlem',
    'hedersordforande',
    'honorary',
    'honorarymember',
  ],
  family: ['perhe', 'perhejasen', 'familj', 'familjemedlem', 'family', 'familymember'],
  youth: [
    'nuoriso',
    'nuorisojasen',
    'nuori',
    'nuorijasen',
    'junior',
    'juniorijasen',
    'ungdom',
    'ungdomsmedlem',
    'juniormedlem',
    'youth',
    'youthmember',
    'juniormember',
  ],
  none: [
    'ei',
    'eijasen',
    'eijasenyytta',
    'vapaaehtoinen',
    'ickemedlem',
    'frivillig',
    'none',
    'nonmember',
    'notamember',
    'volunteer',
  ],
};

// Names of languages a register may hold, to ISO 639-1 codes.
const languageAliases: Record<string, readonly string[]> = {
  fi: ['suomi', 'finska', 'finnish', 'fin'],
  sv: ['ruotsi', 'svenska', 'swedish', 'swe'],
  en: ['englanti', 'engelska', 'english', 'eng'],
  se: ['saame', 'pohjoissaame', 'samiska', 'sami', 'northernsami'],
  de: ['saksa', 'tyska', 'german'],
  ru: ['venaja', 'ryska', 'russian'],
  et: ['viro', 'eesti', 'estniska', 'estonian'],
  uk: ['ukraina', 'ukrainska', 'ukrainian'],
  ar: ['arabia', 'arabiska', 'arabic'],
  so: ['somali', 'somaliska'],
  fa: ['persia', 'farsi', 'persiska', 'persian'],
};

function lookup(table: Record<string, readonly string[]>, value: string): string | undefined {
  const key = normaliseHeader(value);
  if (key in table) return key;
  return Object.keys(table).find((code) => table[code]!.includes(key));
}

// Case- and accent-insensitive except for å, ä and ö, which are letters of
// their own in Finnish and Swedish (as in people/searchPeople).
function fold(s: string): string {
  return s
    .toLocaleLowerCase('fi')
    .normalize('NFD')
    .replace(/([aou])\u030a|([aou])\u0308/g, (m) => m.normalize('NFC'))
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[\s\u00a0,.-]+/g, ' ')
    .trim();
}

/** Name words in any order: "Virtanen Matti" is "Matti Virtanen". */
const nameKey = (name: string) => fold(name).split(' ').sort().join(' ');
const emailKey = (email: string) => email.trim().toLowerCase();

/** A cell as one line of text: trimmed, runs of spaces (also no-break) made one. */
const oneLine = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const knownSchemaCodes = new Set<MemberImportErrorCode>([
  'required',
  'invalidEmail',
  'invalidPostalCode',
  'invalidDate',
  'leftBeforeJoined',
]);

// Person schema paths that are import fields of the same name.
const personFieldFor: Partial<Record<string, ImportField>> = {
  fullName: 'fullName',
  homeMunicipality: 'homeMunicipality',
  email: 'email',
  phone: 'phone',
  streetAddress: 'streetAddress',
  postalCode: 'postalCode',
  postOffice: 'postOffice',
  membership: 'membership',
  joinedOn: 'joinedOn',
  leftOn: 'leftOn',
  leftReason: 'leftReason',
  languages: 'languages',
  notes: 'notes',
};

/**
 * What importing `rows` with `mapping` into `existing` would do: per row the
 * person (and fee) to create or the row's errors, probable duplicates against
 * the register and within the file, and whether the whole file can be
 * imported. Pure: writes nothing.
 */
export function prepareMemberImport(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  existing: Pick<Dataset, 'people'>,
  options: MemberImportOptions,
): MemberImportPreview {
  const now = options.now ?? new Date().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const defaultMembership = options.defaultMembership ?? 'regular';
  const first = options.hasHeader ? 1 : 0;

  const fileErrors: MemberImportError[] = [];
  if (
    mapping.fullName === undefined &&
    mapping.firstName === undefined &&
    mapping.lastName === undefined
  ) {
    fileErrors.push({ code: 'noNameColumn', field: 'fullName' });
  }
  if (mapping.homeMunicipality === undefined) {
    fileErrors.push({ code: 'noMunicipalityColumn', field: 'homeMunicipality' });
  }

  const mappedColumns = Object.values(mapping).filter((c): c is number => c !== undefined);
  const out: MemberImportRow[] = [];
  const blankRows: number[] = [];
  for (let index = first; index < rows.length; index++) {
    const cells = [...rows[index]!];
    const rowNumber = index + 1;
    if (mappedColumns.every((c) => (cells[c] ?? '').trim() === '')) {
      blankRows.push(rowNumber);
      continue;
    }
    out.push(prepareRow(cells, rowNumber, mapping, { ...options, now, newId, defaultMembership }));
  }
  if (out.length === 0 && fileErrors.length === 0) fileErrors.push({ code: 'noRows' });

  const errors = [...fileErrors, ...out.flatMap((r) => r.errors)];
  return {
    rows: out,
    fileErrors,
    errors,
    duplicates: findDuplicates(out, mapping, existing),
    blankRows,
    canImport: errors.length === 0,
  };
}

type RowOptions = MemberImportOptions & {
  now: string;
  newId: () => string;
  defaultMembership: MembershipType;
};

function prepareRow(
  cells: string[],
  row: number,
  mapping: ColumnMapping,
  options: RowOptions,
): MemberImportRow {
  const errors: MemberImportError[] = [];
  const fail = (field: ImportField, code: MemberImportErrorCode, params?: Record<string, string>) =>
    errors.push({
      row,
      field,
      code,
      ...(mapping[field] !== undefined ? { column: mapping[field] } : {}),
      ...(params ? { params } : {}),
    });
  const raw = (field: ImportField) => {
    const c = mapping[field];
    return c === undefined ? '' : (cells[c] ?? '');
  };
  const text = (field: ImportField) => oneLine(raw(field));

  const fullName = text('fullName') || oneLine(`${text('firstName')} ${text('lastName')}`);
  const homeMunicipality = text('homeMunicipality');
  if (!fullName) fail('fullName', 'required');
  if (!homeMunicipality) fail('homeMunicipality', 'required');

  const date = (field: 'joinedOn' | 'leftOn' | 'feePaidOn'): string | undefined => {
    const value = text(field);
    if (!value) return undefined;
    const parsed = parseFinnishDate(value);
    if (!parsed.ok) {
      fail(field, 'invalidDate', { value });
      return undefined;
    }
    if (parsed.value > options.today) {
      fail(field, 'futureDate', { value });
      return undefined;
    }
    return parsed.value;
  };
  const joinedOn = date('joinedOn');
  const leftOn = date('leftOn');
  const feePaidOn = date('feePaidOn');

  let membership: MembershipType = options.defaultMembership;
  const membershipText = text('membership');
  if (membershipText) {
    const found = lookup(membershipAliases, membershipText) as MembershipType | undefined;
    if (found) membership = found;
    else fail('membership', 'unknownMembership', { value: membershipText });
  }

  const languages: string[] = [];
  for (const word of text('languages').split(/[,;/]+|\s+(?:ja|och|and)\s+|\s+/)) {
    if (!word.trim()) continue;
    const code =
      lookup(languageAliases, word) ?? (/^[a-z]{2}$/i.test(word) ? word.toLowerCase() : undefined);
    if (code) {
      if (!languages.includes(code)) languages.push(code);
    } else fail('languages', 'unknownLanguage', { value: word });
  }

  let amountCents: number | undefined;
  const amountText = text('feeAmount');
  if (amountText) {
    const parsed = parseEuroAmount(amountText);
    if (!parsed.ok || parsed.value < 0) fail('feeAmount', 'invalidAmount', { value: amountText });
    else amountCents = parsed.value;
  }

  const optional = (field: ImportField, value: string) => (value ? { [field]: value } : {});
  const candidate = {
    id: options.newId(),
    createdAt: options.now,
    updatedAt: options.now,
    deletedAt: null,
    fullName,
    homeMunicipality,
    ...optional('email', text('email')),
    ...optional('phone', text('phone')),
    ...optional('streetAddress', text('streetAddress')),
    ...optional('postalCode', postalCodeFromSpreadsheet(text('postalCode'))),
    ...optional('postOffice', text('postOffice')),
    languages,
    membership,
    ...optional('joinedOn', joinedOn ?? ''),
    ...optional('leftOn', leftOn ?? ''),
    ...optional('leftReason', text('leftReason')),
    ...optional('notes', raw('notes').trim()),
  };
  const parsed = personEntrySchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = personFieldFor[String(issue.path[0])] ?? 'fullName';
      // One message per field: required name/municipality and bad dates are already said.
      if (errors.some((e) => e.field === field)) continue;
      const code: MemberImportErrorCode = knownSchemaCodes.has(
        issue.message as MemberImportErrorCode,
      )
        ? (issue.message as MemberImportErrorCode)
        : issue.code === 'too_big'
          ? 'tooLong'
          : 'invalid';
      fail(field, code, { value: text(field) });
    }
  }

  let fee: MembershipFee | undefined;
  if (parsed.success && amountCents !== undefined) {
    const result = membershipFeeSchema.safeParse({
      id: options.newId(),
      createdAt: options.now,
      updatedAt: options.now,
      deletedAt: null,
      personId: parsed.data.id,
      year: options.feeYear ?? Number((feePaidOn ?? options.today).slice(0, 4)),
      amountCents,
      ...(feePaidOn ? { paidOn: feePaidOn } : {}),
    });
    if (result.success) fee = result.data;
    else fail('feeAmount', 'invalidAmount', { value: amountText });
  }

  if (errors.length > 0 || !parsed.success) return { row, cells, errors };
  return { row, cells, person: parsed.data, ...(fee ? { fee } : {}), errors };
}

type Identity = { row: number; fullName: string; homeMunicipality: string; email: string };

function findDuplicates(
  rows: MemberImportRow[],
  mapping: ColumnMapping,
  existing: Pick<Dataset, 'people'>,
): ProbableDuplicate[] {
  const cell = (cells: string[], field: ImportField) =>
    mapping[field] === undefined ? '' : oneLine(cells[mapping[field]] ?? '');
  const identities: Identity[] = rows.map((r) => ({
    row: r.row,
    fullName:
      r.person?.fullName ??
      (cell(r.cells, 'fullName') ||
        oneLine(`${cell(r.cells, 'firstName')} ${cell(r.cells, 'lastName')}`)),
    homeMunicipality: r.person?.homeMunicipality ?? cell(r.cells, 'homeMunicipality'),
    email: r.person?.email ?? cell(r.cells, 'email'),
  }));
  const reasonFor = (
    a: { fullName: string; homeMunicipality: string; email?: string },
    b: { fullName: string; homeMunicipality: string; email?: string },
  ): DuplicateReason | undefined => {
    const sameName =
      !!a.fullName &&
      !!a.homeMunicipality &&
      nameKey(a.fullName) === nameKey(b.fullName) &&
      fold(a.homeMunicipality) === fold(b.homeMunicipality);
    const sameEmail = !!a.email && !!b.email && emailKey(a.email) === emailKey(b.email);
    return sameName && sameEmail
      ? 'both'
      : sameName
        ? 'nameAndMunicipality'
        : sameEmail
          ? 'email'
          : undefined;
  };

  const live = existing.people.filter((p) => !p.deletedAt && !p.anonymisedAt);
  const duplicates: ProbableDuplicate[] = [];
  identities.forEach((me, i) => {
    const base = { row: me.row, fullName: me.fullName, homeMunicipality: me.homeMunicipality };
    for (const p of live) {
      const reason = reasonFor(me, p);
      if (reason) {
        duplicates.push({
          ...base,
          reason,
          match: {
            kind: 'existing',
            id: p.id,
            fullName: p.fullName,
            homeMunicipality: p.homeMunicipality,
          },
        });
      }
    }
    // Against earlier rows only, so each pair is listed once, at its later row.
    for (const other of identities.slice(0, i)) {
      const reason = reasonFor(me, other);
      if (reason) duplicates.push({ ...base, reason, match: { kind: 'row', row: other.row } });
    }
  });
  return duplicates;
}
