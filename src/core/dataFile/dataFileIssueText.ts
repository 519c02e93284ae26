import { messageIfKnown, translate } from '../i18n/translate';
import type { Language, TableName } from '../schemas';
import type { DataFileIssue } from './dataFile';

/**
 * A field of a table by the name the user knows from the forms, e.g.
 * `hours` `minutes` → "Kesto"; nested paths read "Jäsenmaksutaulukko 2 / Vuosi"
 * (array positions 1-based). A field without a label keeps its stored name.
 */
export function dataFileFieldLabel(table: TableName, field: string, lang: Language): string {
  const parts: string[] = [];
  for (const segment of field.split('.')) {
    if (/^\d+$/.test(segment)) {
      parts[parts.length - 1] = `${parts.at(-1) ?? ''} ${Number(segment) + 1}`.trim();
      continue;
    }
    // Field names come from the file, so the lookup is by run-time key.
    parts.push(
      messageIfKnown(lang, `dataFileFields.${table}.${segment}`) ??
        messageIfKnown(lang, `dataFileFields.common.${segment}`) ??
        segment,
    );
  }
  return parts.join(' / ');
}

/** One issue as a sentence in the user's language, naming table, row and field. */
export function formatDataFileIssue(issue: DataFileIssue, lang: Language): string {
  // Codes and table names in an issue come from the file and zod at run time.
  const params = { ...issue.params };
  const tableName = (name: string | number) =>
    messageIfKnown(lang, `dataFile.tables.${name}`) ?? String(name);
  if (params.target) params.target = tableName(params.target);
  if (params.table) params.table = tableName(params.table);
  const shown =
    messageIfKnown(lang, `dataFile.issues.${issue.code}`, params) ??
    translate(lang, 'dataFile.issues.invalid');
  if (!issue.table || issue.row === undefined) {
    return messageIfKnown(lang, `dataFile.${issue.code}`, params) ?? shown;
  }
  const table = translate(lang, `dataFile.tables.${issue.table}`);
  return issue.field
    ? translate(lang, 'dataFile.location', {
        table,
        row: issue.row,
        field: dataFileFieldLabel(issue.table, issue.field, lang),
        problem: shown,
      })
    : translate(lang, 'dataFile.locationRow', { table, row: issue.row, problem: shown });
}

/** The first `max` issues as sentences, with a count of the rest. */
export function formatDataFileIssues(issues: DataFileIssue[], lang: Language, max = 10): string[] {
  const lines = issues.slice(0, max).map((i) => formatDataFileIssue(i, lang));
  if (issues.length > max)
    lines.push(translate(lang, 'dataFile.moreErrors', { count: issues.length - max }));
  return lines;
}
