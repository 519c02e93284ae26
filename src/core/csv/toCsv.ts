import Papa from 'papaparse';

/**
 * A cell a spreadsheet could run as a formula (or as DDE) starts with one of
 * these. Our own pattern, not Papa's default: that one misses a cell with a
 * line break in it.
 */
export const formulaStart = /^[=+\-@\t\r]/;

/**
 * CSV as Finnish Excel opens it: UTF-8 with a byte-order mark, `;` between
 * fields, CRLF line ends, and any text cell that starts with = + - @ tab or
 * CR (line breaks or not) prefixed with an apostrophe so a spreadsheet never
 * runs it as a formula. Numbers are written as they are.
 */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  return (
    '\uFEFF' +
    Papa.unparse([header, ...rows], {
      delimiter: ';',
      newline: '\r\n',
      escapeFormulae: formulaStart,
      quotes: false,
    })
  );
}
