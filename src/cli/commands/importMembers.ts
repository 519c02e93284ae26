import { errorText } from '../../core/errors';
import { basename } from 'node:path';
import { formatDataFileIssues, parseDataFileBytes } from '../../core/dataFile';
import { translate } from '../../core/i18n';
import {
  applyMemberImport,
  columnLetter,
  decodeText,
  detectFileKind,
  formatImportDuplicates,
  formatImportErrors,
  formatImportFileError,
  guessMapping,
  ImportFileError,
  importFields,
  parseCsv,
  prepareMemberImport,
} from '../../core/import';
import { todayIso } from '../../core/dates';
import { isCalendarDate } from '../../core/schemas';
import { say, UsageError, type CliContext } from '../context';
import { atomicWriteSync } from '../../node/atomicWrite';
import { readSpreadsheet } from '../readSpreadsheet';
import { dataFileBytes, nodeSha256Hex, parseDataFileAt, readFileOrSay } from '../dataFiles';

export type ImportMembersOptions = {
  data?: string;
  today?: string;
  'dry-run'?: boolean;
  'skip-duplicates'?: boolean;
};

/** The file's rows as text, and how it was read (for the summary). */
async function readRows(
  ctx: CliContext,
  file: string,
): Promise<{ rows: string[][]; format: string }> {
  const bytes = readFileOrSay(ctx, file);
  const kind = detectFileKind(bytes);
  if (kind === 'xls') throw new ImportFileError('unsupportedFile', { file: basename(file) });
  if (kind === 'xlsx') {
    try {
      return { rows: await readSpreadsheet(bytes), format: 'XLSX' };
    } catch (e) {
      throw new ImportFileError('unreadableSpreadsheet', {
        file: basename(file),
        reason: errorText(e, ctx.lang),
      });
    }
  }
  const { text, encoding } = decodeText(bytes);
  return { rows: parseCsv(text), format: `CSV, ${encoding.toUpperCase()}` };
}

/**
 * `import-members FILE --data DATA.json [--dry-run] [--skip-duplicates]`:
 * add the members of a CSV or XLSX file to DATA, columns mapped by their
 * names. The whole file is checked first; on any error every problem is
 * listed by row and DATA stays byte-for-byte unchanged.
 */
export async function importMembersCommand(
  ctx: CliContext,
  file: string | undefined,
  options: ImportMembersOptions,
): Promise<number> {
  if (!file) throw new UsageError(say(ctx, 'missingImportFile'));
  const dataPath = options.data;
  if (!dataPath) throw new UsageError(say(ctx, 'missingDataFlag'));
  if (options.today !== undefined && !isCalendarDate(options.today)) {
    throw new UsageError(say(ctx, 'badDate', { option: '--today' }));
  }
  const fail = (lines: string[]) => {
    ctx.err(say(ctx, 'importFailed', { file: dataPath }));
    for (const line of lines) ctx.err(`  ${line}`);
    return 1;
  };

  const target = await parseDataFileAt(ctx, dataPath);
  if (!target.ok) return fail(formatDataFileIssues(target.issues, ctx.lang));

  let read: { rows: string[][]; format: string };
  try {
    read = await readRows(ctx, file);
  } catch (e) {
    if (e instanceof ImportFileError) return fail([formatImportFileError(e, ctx.lang)]);
    throw e;
  }
  const header = read.rows[0] ?? [];
  const mapping = guessMapping(header);
  ctx.out(say(ctx, 'importRead', { file, rows: read.rows.length, format: read.format }));
  const used = importFields
    .filter((f) => mapping[f] !== undefined)
    .map((f) => {
      const c = mapping[f]!;
      const label = translate(ctx.lang, `memberImport.fields.${f}`);
      return `${columnLetter(c)} ${header[c]} → ${label}`;
    });
  if (used.length) ctx.out(say(ctx, 'importColumns', { columns: used.join(', ') }));
  const mappedColumns = new Set(Object.values(mapping));
  const ignored = header
    .map((name, c) => ({ name, c }))
    .filter(({ name, c }) => name.trim() !== '' && !mappedColumns.has(c))
    .map(({ name, c }) => `${columnLetter(c)} ${name}`);
  if (ignored.length) ctx.out(say(ctx, 'importIgnoredColumns', { columns: ignored.join(', ') }));

  const preview = prepareMemberImport(read.rows, mapping, target.file.dataset, {
    today: options.today ?? todayIso(ctx.now()),
    hasHeader: true,
  });
  if (!preview.canImport) return fail(formatImportErrors(preview, ctx.lang));

  const skipRows = options['skip-duplicates'] ? preview.duplicates.map((d) => d.row) : [];
  const skipped = new Set(skipRows);
  const rows = preview.rows.filter((r) => !skipped.has(r.row));
  const counts = {
    file: dataPath,
    count: rows.length,
    fees: rows.filter((r) => r.fee).length,
  };
  const printDuplicates = () => {
    if (preview.duplicates.length === 0) return;
    ctx.out(
      say(ctx, options['skip-duplicates'] ? 'importDuplicatesSkipped' : 'importDuplicates', {
        count: new Set(preview.duplicates.map((d) => d.row)).size,
      }),
    );
    for (const line of formatImportDuplicates(preview, ctx.lang)) ctx.out(`  ${line}`);
  };
  if (preview.blankRows.length) {
    ctx.out(say(ctx, 'importBlankRows', { rows: preview.blankRows.join(', ') }));
  }

  if (options['dry-run']) {
    ctx.out(say(ctx, 'importDryRun', counts));
    printDuplicates();
    return 0;
  }

  const merged = applyMemberImport(target.file.dataset, preview, { skipRows });
  const bytes = await dataFileBytes(merged, {
    exportedAt: new Date().toISOString(),
    generator: 'Talkoot CLI import-members',
    extra: target.file.extra,
  });
  // The whole result must read back as a valid data file before it replaces DATA.
  const check = await parseDataFileBytes(bytes, { sha256Hex: nodeSha256Hex });
  if (!check.ok) return fail(formatDataFileIssues(check.issues, ctx.lang));
  // Nothing to add (every row a skipped duplicate): leave the file as it was.
  if (rows.length > 0) atomicWriteSync(dataPath, bytes);
  ctx.out(say(ctx, 'imported', counts));
  printDuplicates();
  return 0;
}
