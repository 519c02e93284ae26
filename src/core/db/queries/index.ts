export * from './tables';
export * from './hours';
export * from './sessions';
export * from './fees';
export * from './figures';
export * from './reportData';
export * from './grants';
