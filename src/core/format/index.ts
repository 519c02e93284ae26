export * from './format';
export * from './canonicalJson';
export * from './euroAmount';
