export * from './dataFile';
export * from './dataFileIssueText';
export * from './serializeDataFile';
export * from './backupFileName';
export { DataFileWriter, tablesInFileOrder } from './dataFileWriter';
export { portableSha256Hex } from './dataFileChecksum';
