import {
  decodeText,
  detectFileKind,
  ImportFileError,
  parseCsv,
  type TextEncoding,
} from '../../../../core/import';
import { readSpreadsheetFile } from '../../import/readSpreadsheetFile';
import { errorReason } from '../../shared/errorReason';

/** How a member file was read, for the line that names the file. */
export type ImportFileFormat = { kind: 'csv'; encoding: TextEncoding } | { kind: 'xlsx' };

/** A picked member file as rows of text. */
export type ImportFile = {
  name: string;
  rows: string[][];
  format: ImportFileFormat;
};

/**
 * The rows of a picked member file, the same way the CLI reads one: the kind
 * from the first bytes (.xlsx, old .xls, or CSV text), text decoded and
 * parsed as CSV. Throws ImportFileError for a file that cannot be read.
 */
export async function readImportFile(name: string, bytes: Uint8Array): Promise<ImportFile> {
  const kind = detectFileKind(bytes);
  if (kind === 'xls') throw new ImportFileError('unsupportedFile', { file: name });
  if (kind === 'xlsx') {
    try {
      const rows = await readSpreadsheetFile(new File([bytes.slice()], name));
      return { name, rows, format: { kind: 'xlsx' } };
    } catch (e) {
      throw new ImportFileError('unreadableSpreadsheet', {
        file: name,
        reason: errorReason(e),
      });
    }
  }
  const { text, encoding } = decodeText(bytes);
  return { name, rows: parseCsv(text), format: { kind: 'csv', encoding } };
}
