export * from './yearFigures';
export * from './hourTotals';
export * from './personActivities';
export * from './rollups';
export * from './reportRollups';
