export * from './fonts';
export * from './reportDocument';
