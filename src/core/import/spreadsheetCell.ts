/** A cell as read-excel-file gives it. */
export type SpreadsheetCell = string | number | boolean | Date | null | undefined;

/**
 * A spreadsheet cell as the text the member import parses: dates as
 * YYYY-MM-DD (read-excel-file gives a date as midnight UTC of that day),
 * numbers without float noise, empty cells ''. Used by the CLI and the app.
 */
export function cellToText(cell: SpreadsheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  }
  if (typeof cell === 'number') {
    return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(15)));
  }
  return String(cell);
}
