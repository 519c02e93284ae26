export * from './yearFigures';
export * from './hourTotals';
