export * from './money';
export * from './received';
export * from './errors';
export * from './budget';
export * from './status';
export * from './budgetLines';
export * from './deadlines';
export * from './checklist';
export { splitGrant, derivedId, grantPartTables, type SplitGrant } from './splitGrant';
