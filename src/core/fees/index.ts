export * from './FeeError';
export * from './feeSchedule';
export * from './generateYearFees';
export * from './markPaid';
export * from './feeTotals';
export * from './billedFeeAmounts';
export * from './defaultDueOn';
