/**
 * How many rows of a read spreadsheet hold data: the header row (when the
 * first row names the columns) and rows with every cell blank do not count,
 * so "12 rows" is the twelve people or expenses the user sees, not thirteen.
 */
export function dataRowCount(rows: readonly (readonly string[])[], hasHeader: boolean): number {
  let count = 0;
  for (let i = hasHeader ? 1 : 0; i < rows.length; i++) {
    if (rows[i]!.some((cell) => cell.trim() !== '')) count++;
  }
  return count;
}
