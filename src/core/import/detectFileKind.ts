/**
 * What a chosen file is, from its first bytes rather than its name: an .xlsx
 * (a zip), an old binary .xls (not supported: the user saves it as .xlsx or
 * CSV), or text to read as CSV.
 */
export function detectFileKind(bytes: Uint8Array): 'xlsx' | 'xls' | 'text' {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'xls';
  return 'text';
}
