/** Text encodings a member file may arrive in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'windows-1252';

/**
 * Windows-1252 code points for bytes 0x80–0x9F (the only range where it differs
 * from Latin-1). The five bytes Windows leaves undefined map to the C1 control
 * with the same number, as the WHATWG Encoding Standard does. Written out here
 * because Node's TextDecoder('windows-1252') without full ICU decodes this
 * range as Latin-1 (0x80 as U+0080 instead of €).
 */
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Bytes as Windows-1252 text ("ANSI" in Finnish Windows). Every byte sequence decodes. */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  // Chunked so a large file does not build a huge argument list.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes: number[] = [];
    for (const b of bytes.subarray(start, start + 8192)) {
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/**
 * Decode a text file as spreadsheet programs write it: a byte-order mark wins
 * (UTF-8 or UTF-16LE, Excel's "Unicode text"); otherwise bytes that are valid
 * UTF-8 are UTF-8, and anything else is Windows-1252 (Excel's "CSV" on a
 * Finnish Windows). The BOM is not part of the returned text.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    // ignoreBOM: there is none here, and a stray U+FEFF should stay visible.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
