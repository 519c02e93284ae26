export * from './searchPeople';
export * from './anonymise';
export * from './memberFilters';
export * from './personNameParts';
export * from './nameRanks';
