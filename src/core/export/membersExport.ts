import writeXlsxFile from 'write-excel-file/universal';
import { toCsv } from '../csv';
import { formatDate, safeFileName } from '../format';
import { translate } from '../i18n';
import type { Language, Person } from '../schemas';

/** The fields a member export can hold, in the order they are written. */
export const memberExportFields = [
  'fullName',
  'homeMunicipality',
  'membership',
  'joinedOn',
  'leftOn',
  'email',
  'phone',
  'streetAddress',
  'postalCode',
  'postOffice',
  'languages',
  'emailContact',
] as const;
export type MemberExportField = (typeof memberExportFields)[number];

/** Only what the Associations Act needs: the least personal data to hand out by default. */
export const defaultMemberExportFields: readonly MemberExportField[] = [
  'fullName',
  'homeMunicipality',
];

export type MemberExportTable = { header: string[]; rows: string[][] };

function cell(person: Person, field: MemberExportField, lang: Language): string {
  switch (field) {
    case 'membership':
      return translate(lang, `ui.members.types.${person.membership}`);
    case 'joinedOn':
    case 'leftOn': {
      const date = person[field];
      return date ? formatDate(date, lang) : '';
    }
    case 'languages':
      return person.languages.join(', ');
    case 'emailContact':
      return translate(lang, person.consents.emailContact ? 'ui.common.yes' : 'ui.common.no');
    default:
      return person[field] ?? '';
  }
}

/**
 * The header (in `lang`) and one row per person of the chosen fields, always
 * in the order of `memberExportFields` whatever the order of `fields`.
 * Throws if no field is chosen: an export of nothing is a mistake.
 */
export function memberExportTable(
  people: readonly Person[],
  fields: readonly MemberExportField[],
  lang: Language,
): MemberExportTable {
  const chosen = memberExportFields.filter((f) => fields.includes(f));
  if (chosen.length === 0) throw new Error('No fields chosen for the member export');
  return {
    header: chosen.map((f) => translate(lang, `memberRegister.fields.${f}`)),
    rows: people.map((p) => chosen.map((f) => cell(p, f, lang))),
  };
}

/** The table as CSV for Excel in Finland, written and escaped by the one CSV writer (toCsv). */
export function membersCsv(table: MemberExportTable): string {
  return toCsv(table.header, table.rows);
}

/**
 * The table as an Excel workbook of one sheet named `sheetName` (at most 31
 * characters, as Excel allows): a bold header row that stays in view, columns
 * wide enough for their text, every cell stored as text. Text cells are never
 * formulas in XLSX, so nothing needs escaping here.
 */
export async function membersXlsx(
  table: MemberExportTable,
  sheetName: string,
): Promise<Uint8Array> {
  const widths = table.header.map((h, i) =>
    Math.min(60, Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)) + 2),
  );
  const blob = await writeXlsxFile(
    [
      table.header.map((value) => ({ value, type: String, fontWeight: 'bold' as const })),
      ...table.rows.map((row) => row.map((value) => ({ value, type: String }))),
    ],
    {
      sheet: sheetName.slice(0, 31),
      columns: widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    },
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** A file name for the export: the title and the date, safe on every system (safeFileName). */
export function membersExportFileName(title: string, date: string, extension: string): string {
  return safeFileName([title, date], extension);
}
