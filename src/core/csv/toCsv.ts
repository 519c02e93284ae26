import Papa from 'papaparse';

/**
 * CSV as Finnish Excel opens it: UTF-8 with a byte-order mark, `;` between
 * fields, CRLF line ends, and cells that start with = + - @ escaped so a
 * spreadsheet never runs them as formulas.
 */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  return (
    '\uFEFF' +
    Papa.unparse([header, ...rows], {
      delimiter: ';',
      newline: '\r\n',
      escapeFormulae: true,
      quotes: false,
    })
  );
}
