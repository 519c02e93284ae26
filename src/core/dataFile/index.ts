export * from './dataFile';
export * from './backupFileName';
