import { readSheet } from 'read-excel-file/node';

type Cell = string | number | boolean | Date | null | undefined;

/** A cell as the text the import parses: dates as YYYY-MM-DD, numbers without float noise. */
export function cellToText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    // read-excel-file gives a spreadsheet date as midnight UTC of that day.
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  }
  if (typeof cell === 'number') {
    return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(15)));
  }
  return String(cell);
}

/** The first sheet of an .xlsx file (path or bytes) as rows of text, for the member import. */
export async function readSpreadsheet(input: string | Buffer): Promise<string[][]> {
  const rows = await readSheet(input);
  return rows.map((row) => row.map((cell) => cellToText(cell as Cell)));
}
