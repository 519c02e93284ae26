export * from './buildSummary';
export * from './combineSummaries';
export * from './readSummaryFile';
export * from './smallCount';
export * from './summaryFile';
export * from './regionalDocument';
