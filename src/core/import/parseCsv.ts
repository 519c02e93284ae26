import Papa from 'papaparse';
import { ImportFileError } from './ImportFileError';

/** Separators a Finnish, Swedish or English spreadsheet export may use. */
export const csvDelimiters = [';', ',', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/**
 * The separator of a CSV text: the candidate that appears (outside quotes) in
 * the first line and the same number of times in the most of the next lines.
 * Papa Parse's own guess is not used because it misjudges short files whose
 * quoted cells hold line breaks or whose last lines are empty.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number>[] = [];
  let current = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  let blank = true;
  for (let i = 0; i < text.length && counts.length < 50; i++) {
    const ch = text[i]!;
    if (ch === '"')
      quoted = !quoted; // a doubled quote flips twice: no change
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (!blank) counts.push(current);
      current = { ';': 0, ',': 0, '\t': 0 };
      blank = true;
      continue;
    } else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) current[ch]++;
    if (ch.trim() !== '') blank = false;
  }
  if (!blank) counts.push(current);
  const [first, ...rest] = counts;
  if (!first) return ';';
  let best: CsvDelimiter = ';';
  let bestScore = -1;
  for (const d of csvDelimiters) {
    if (first[d] === 0) continue;
    // Lines that agree with the header, then how many columns it makes.
    const score = rest.filter((c) => c[d] === first[d]).length * 1000 + first[d];
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/**
 * Rows of a CSV text: the separator (`;`, `,` or tab) is detected, CRLF and LF
 * both end a line, quoted fields may hold separators, line breaks and doubled
 * quotes. Trailing empty lines are dropped. Throws ImportFileError
 * ('unclosedQuote') when a quote is never closed, since the rest of the file
 * would otherwise silently become one cell.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = Papa.parse<string[]>(input, {
    delimiter: detectDelimiter(input),
    skipEmptyLines: false,
  });
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    throw new ImportFileError('unclosedQuote', { row: (unclosed.row ?? 0) + 1 });
  }
  const rows = result.data;
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell.trim() === '')) {
    rows.pop();
  }
  return rows;
}
