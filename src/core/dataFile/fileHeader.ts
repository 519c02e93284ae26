import { tableNames, type Dataset } from '../schemas';
import { CURRENT_FORMAT_VERSION, DATA_FILE_FORMAT } from './dataFile';
import { CHECKSUM_ALGORITHM } from './dataFileChecksum';

/** What a written data file says of itself besides its tables. */
export type SerializeOptions = {
  exportedAt: string;
  generator?: string;
  extra?: Record<string, unknown>;
};

/** The file's header fields and its tables: everything the checksum covers. */
export function unsummedFile(dataset: Dataset, options: SerializeOptions): Record<string, unknown> {
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
export function checksumHead(value: string): string {
  return `{"checksum":${JSON.stringify({ algorithm: CHECKSUM_ALGORITHM, value })},`;
}
