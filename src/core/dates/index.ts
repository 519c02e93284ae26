export * from './parseUserDate';
export * from './formatUserDate';
export * from './fiscalYear';
