import { canonicalJson } from '../format/canonicalJson';
import { tableNames, type Dataset } from '../schemas';
import { CURRENT_FORMAT_VERSION, DATA_FILE_FORMAT } from './dataFile';
import { CHECKSUM_ALGORITHM, fileChecksumOfCanonical } from './dataFileChecksum';

/**
 * Write a dataset as data-file text (compact JSON, UTF-8 when encoded), with
 * a checksum over everything else in it, so that a damaged file is refused
 * rather than read with changed values.
 */
export function serializeDataFile(dataset: Dataset, options: SerializeOptions): string {
  const canonical = canonicalJson(unsummedFile(dataset, options));
  return `${checksumHead(fileChecksumOfCanonical(canonical))}${canonical.slice(1)}\n`;
}

/**
 * serializeDataFile as UTF-8 bytes, with the SHA-256 left to `sha256Hex` (hex
 * of the bytes' digest): the data-file worker passes WebCrypto's, many times
 * quicker than the portable one over the ~100 MiB of a federation's file.
 * Same bytes as serializeDataFile. The file is the checksummed canonical JSON
 * itself with the checksum put in front, so the records are serialised and
 * encoded once (a second, indented serialisation and its encoding were 40 %
 * of a federation's export).
 */
export async function serializeDataFileBytesWith(
  dataset: Dataset,
  options: SerializeOptions,
  sha256Hex: (bytes: Uint8Array) => Promise<string>,
): Promise<Uint8Array> {
  const body = new TextEncoder().encode(canonicalJson(unsummedFile(dataset, options)));
  const head = new TextEncoder().encode(checksumHead(await sha256Hex(body)));
  // `{"checksum":{…},` + the canonical object without its opening brace + a final newline.
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body.subarray(1), head.length);
  out[out.length - 1] = 0x0a;
  return out;
}

type SerializeOptions = { exportedAt: string; generator?: string; extra?: Record<string, unknown> };

/** The file's header fields and its tables: everything the checksum covers. */
function unsummedFile(dataset: Dataset, options: SerializeOptions): Record<string, unknown> {
  const tables: Record<string, unknown[]> = {};
  for (const t of tableNames) tables[t] = dataset[t];
  const { checksum: _old, ...extra } = options.extra ?? {};
  return {
    ...extra,
    format: DATA_FILE_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt: options.exportedAt,
    generator: options.generator ?? 'Talkoot',
    tables,
  };
}

/** The file's opening up to its first checksummed field: `{"checksum":{…},`. */
function checksumHead(value: string): string {
  return `{"checksum":${JSON.stringify({ algorithm: CHECKSUM_ALGORITHM, value })},`;
}
