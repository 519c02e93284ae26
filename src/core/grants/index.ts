export * from './grantSpending';
