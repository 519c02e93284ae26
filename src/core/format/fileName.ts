/**
 * A file name offered for saving, safe on every system: `parts` joined with
 * dashes, every run of characters that is not a letter or a digit (ä, ö and å
 * are letters and are kept) made one dash, no dash at either end, and
 * "talkoot" when nothing is left. The one rule for PDFs, exports and data files.
 */
export function safeFileName(parts: readonly string[], extension: string): string {
  const base = parts
    .join('-')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'talkoot'}.${extension}`;
}
