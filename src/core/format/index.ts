export * from './format';
export * from './canonicalJson';
