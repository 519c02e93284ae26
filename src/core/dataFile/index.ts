export * from './dataFile';
export * from './dataFileIssueText';
export * from './serializeDataFile';
export * from './backupFileName';
export { DataFileWriter, tablesInFileOrder } from './dataFileWriter';
export { checksumOfWrittenBytes, portableSha256Hex } from './dataFileChecksum';
