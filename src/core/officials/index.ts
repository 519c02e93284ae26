export * from './officialTerms';
