export * from './searchPeople';
export * from './anonymise';
