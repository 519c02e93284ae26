export * from './stackedBarChart';
