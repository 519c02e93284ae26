import { readSheet } from 'read-excel-file/browser';
import { cellToText, type SpreadsheetCell } from '../../../core/import';

/**
 * The first sheet of a chosen .xlsx file as rows of text for the member
 * import: dates as YYYY-MM-DD, numbers without float noise, empty cells ''.
 * Note: for a sheet part over ~320 kB compressed, the unzipper starts a
 * blob: Web Worker, which the app's CSP (no worker-src) does not allow.
 */
export async function readSpreadsheetFile(file: File): Promise<string[][]> {
  const rows = await readSheet(file);
  return rows.map((row) => row.map((cell) => cellToText(cell as SpreadsheetCell)));
}
