import { canonicalJson } from '../format/canonicalJson';
import type { Dataset } from '../schemas';
import { fileChecksumOfCanonical } from './dataFileChecksum';
import { DataFileWriter, tablesInFileOrder } from './dataFileWriter';
import { checksumHead, unsummedFile, type SerializeOptions } from './fileHeader';

export type { SerializeOptions } from './fileHeader';

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
 * of the bytes' digest): WebCrypto's is many times quicker than the portable
 * one over the ~100 MiB of a federation's file. Same bytes as
 * serializeDataFile, written by DataFileWriter (which the data-file worker
 * feeds a chunk at a time as it reads the database).
 */
export async function serializeDataFileBytesWith(
  dataset: Dataset,
  options: SerializeOptions,
  sha256Hex: (bytes: Uint8Array) => Promise<string>,
): Promise<Uint8Array> {
  const writer = new DataFileWriter(options);
  for (const t of tablesInFileOrder) writer.add(t, dataset[t]);
  return writer.finish(sha256Hex);
}
