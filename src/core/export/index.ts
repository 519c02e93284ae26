export * from './membersExport';
