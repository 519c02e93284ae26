/** Why an invoice cannot be made; each code has a message under `invoices.errors`. */
export const invoiceErrorCodes = [
  'noProfile',
  'noIban',
  'foreignIban',
  'noFees',
  'noReference',
  'badReference',
  'amountTooLarge',
  'amountTooSmall',
  'nameTooLong',
  'badDueDate',
] as const;
export type InvoiceErrorCode = (typeof invoiceErrorCodes)[number];

export class InvoiceError extends Error {
  constructor(
    readonly code: InvoiceErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'InvoiceError';
  }
}
