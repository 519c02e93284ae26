export * from './searchPeople';
