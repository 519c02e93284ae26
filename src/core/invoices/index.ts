export * from './creditorReference';
export * from './epcQr';
export * from './InvoiceError';
export * from './invoiceDocument';
export * from './invoiceModel';
export * from './virtualBarcode';
export * from './bankStatement';
export * from './invoiceCsv';
