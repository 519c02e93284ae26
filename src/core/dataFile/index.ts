export * from './dataFile';
