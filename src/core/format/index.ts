export * from './format';
export * from './canonicalJson';
export * from './euroAmount';
export * from './fileName';
