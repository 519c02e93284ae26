export * from './yearFigures';
