import { readSheet } from 'read-excel-file/node';
import { cellToText, type SpreadsheetCell } from '../core/import';

/** The first sheet of an .xlsx file (path or bytes) as rows of text, for the member import. */
export async function readSpreadsheet(input: string | Buffer): Promise<string[][]> {
  const rows = await readSheet(input);
  return rows.map((row) => row.map((cell) => cellToText(cell as SpreadsheetCell)));
}
