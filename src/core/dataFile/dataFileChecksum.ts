import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from '../format/canonicalJson';

/** The one checksum algorithm data files carry. */
export const CHECKSUM_ALGORITHM = 'SHA-256';

/** SHA-256 (hex) of the canonical JSON of a file's fields other than `checksum`. */
export function fileChecksum(file: Record<string, unknown>): string {
  const { checksum: _c, ...rest } = file;
  return fileChecksumOfCanonical(canonicalJson(rest));
}

/** SHA-256 (hex) of canonical JSON already written. */
export function fileChecksumOfCanonical(canonical: string): string {
  return portableSha256Hex(new TextEncoder().encode(canonical));
}

/**
 * SHA-256 (hex) of bytes, in portable code: for where WebCrypto is missing
 * (a page not in a secure context, older Node); WebCrypto's is many times quicker.
 */
export function portableSha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

const HEAD_OPEN = new TextEncoder().encode(
  `{"checksum":{"algorithm":"${CHECKSUM_ALGORITHM}","value":"`,
);
// The head's value (64 hex digits), then `"},`.
const HEX = 64;
const HEAD_LENGTH = HEAD_OPEN.length + HEX + 3;

/**
 * The checksum of a data file whose bytes are laid out exactly as Talkoot
 * writes them (its checksum head, the canonical text the checksum covers
 * without its opening brace, a newline), when it matches those bytes: checked
 * over the bytes themselves with `sha256Hex` (WebCrypto's), without writing
 * the parsed file again as canonical JSON and hashing that, which takes
 * seconds for a federation's file. Undefined when the bytes are laid out
 * otherwise (another tool's writing, an edit, damage): the full check decides.
 */
export async function checksumOfWrittenBytes(
  bytes: Uint8Array,
  sha256Hex: (bytes: Uint8Array) => Promise<string>,
): Promise<string | undefined> {
  if (bytes.length <= HEAD_LENGTH || bytes[bytes.length - 1] !== 0x0a) return undefined;
  for (let i = 0; i < HEAD_OPEN.length; i++) if (bytes[i] !== HEAD_OPEN[i]) return undefined;
  const value = String.fromCharCode(...bytes.subarray(HEAD_OPEN.length, HEAD_OPEN.length + HEX));
  if (!/^[0-9a-f]{64}$/.test(value)) return undefined;
  const close = bytes.subarray(HEAD_OPEN.length + HEX, HEAD_LENGTH);
  if (close[0] !== 0x22 || close[1] !== 0x7d || close[2] !== 0x2c) return undefined;
  // The canonical text: `{` and what follows the head, without the final newline.
  const canonical = new Uint8Array(bytes.length - HEAD_LENGTH);
  canonical[0] = 0x7b;
  canonical.set(bytes.subarray(HEAD_LENGTH, bytes.length - 1), 1);
  return (await sha256Hex(canonical)) === value ? value : undefined;
}

/**
 * Whether a parsed data file proves it is whole: 'valid', 'missing' (written
 * before files carried a checksum: it still opens, and the app says so) or
 * 'mismatch' (changed since it was written: refused). `verified`: the
 * checksum found to match the very bytes the file was parsed from
 * (checksumOfWrittenBytes), taken without computing it again. A file nested
 * deeper than `maxDepth` is refused before canonical JSON would recurse that deep.
 */
export function checkFileChecksum(
  file: Record<string, unknown>,
  verified: string | undefined,
  maxDepth: number,
): 'valid' | 'missing' | 'mismatch' {
  const c = file.checksum;
  if (c === undefined) return 'missing';
  if (!c || typeof c !== 'object') return 'mismatch';
  const { algorithm, value } = c as { algorithm?: unknown; value?: unknown };
  if (algorithm !== CHECKSUM_ALGORITHM || typeof value !== 'string') return 'mismatch';
  if (verified !== undefined && value === verified) return 'valid';
  if (nestedDeeperThan(file, maxDepth)) return 'mismatch';
  return fileChecksum(file) === value ? 'valid' : 'mismatch';
}

/** True when `value` nests objects or arrays more than `max` levels deep (no recursion). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(v)) {
      if (child && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
