export * from './mergeDatasets';
export * from './checkMerged';
