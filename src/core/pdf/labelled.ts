import type { Content } from 'pdfmake/interfaces';

/**
 * Label–value lines without borders, labels in grey. A row without a value
 * (undefined or empty) is left out rather than printed with a blank.
 */
export function labelled(rows: [string, string | undefined][]): Content {
  return {
    table: {
      widths: ['auto', '*'],
      body: rows
        .filter((r): r is [string, string] => !!r[1])
        .map(([label, value]) => [{ text: label, color: '#444444' }, { text: value }]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 4],
  };
}
