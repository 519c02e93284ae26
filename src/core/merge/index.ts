export * from './mergeDatasets';
export * from './checkMerged';
export * from './describeConflicts';
export * from './planMerge';
