export * from './parseUserDate';
export * from './formatUserDate';
export * from './fiscalYear';
export * from './today';
export * from './calendarDays';
