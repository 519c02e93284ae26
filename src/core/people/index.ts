export * from './searchPeople';
export * from './anonymise';
export * from './memberFilters';
