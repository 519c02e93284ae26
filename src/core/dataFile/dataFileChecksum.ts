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
