import { isValidIban, normalizeIban } from '../validators/iban';
import { isValidReferenceNumber } from '../validators/referenceNumber';
import { compactReference, isValidRfReference } from './creditorReference';
import { InvoiceError } from './InvoiceError';

/** The largest amount the bank barcode can carry: 999 999,99 €. */
export const BARCODE_MAX_CENTS = 99_999_999;

export type VirtualBarcodeInput = {
  /** The payee's Finnish IBAN (FI…), spaces allowed. */
  iban: string;
  amountCents: number;
  /** A domestic reference (version 4) or an RF creditor reference of digits (version 5). */
  reference: string;
  /** YYYY-MM-DD, or undefined for none (printed as 000000). */
  dueOn?: string;
};

/**
 * The Finnish bank barcode as its 54 digits (virtuaaliviivakoodi), after Finance
 * Finland's Pankkiviivakoodi-opas: version 4 with a domestic reference, version 5
 * with an RF reference. Fields: version (1), the IBAN's check digits and BBAN
 * (16), euros (6), cents (2), then for version 4 three zeros and the reference
 * padded to 20, for version 5 the RF check digits and the reference padded to
 * 21; the due date as YYMMDD (6, zeros for none).
 */
export function virtualBarcode(input: VirtualBarcodeInput): string {
  const iban = normalizeIban(input.iban);
  if (!isValidIban(iban)) throw new InvoiceError('noIban');
  if (!iban.startsWith('FI')) throw new InvoiceError('foreignIban');
  const cents = input.amountCents;
  if (!Number.isInteger(cents) || cents < 0) throw new InvoiceError('amountTooSmall');
  if (cents > BARCODE_MAX_CENTS) throw new InvoiceError('amountTooLarge');
  const amount =
    String(Math.floor(cents / 100)).padStart(6, '0') + String(cents % 100).padStart(2, '0');
  const due = dueDigits(input.dueOn);
  const ref = compactReference(input.reference);
  const account = iban.slice(2);
  if (ref.startsWith('RF')) {
    const body = ref.slice(4);
    if (!isValidRfReference(ref) || !/^\d+$/.test(body)) throw new InvoiceError('badReference');
    return `5${account}${amount}${ref.slice(2, 4)}${body.padStart(21, '0')}${due}`;
  }
  if (!isValidReferenceNumber(ref)) throw new InvoiceError('badReference');
  return `4${account}${amount}000${ref.padStart(20, '0')}${due}`;
}

function dueDigits(dueOn: string | undefined): string {
  if (dueOn === undefined) return '000000';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueOn);
  if (!m) throw new InvoiceError('badDueDate');
  return `${m[1]!.slice(2)}${m[2]}${m[3]}`;
}

/** What a virtual barcode says, read back: the inverse of `virtualBarcode`. */
export function readVirtualBarcode(code: string): {
  version: 4 | 5;
  iban: string;
  amountCents: number;
  reference: string;
  dueOn?: string;
} {
  if (!/^[45]\d{53}$/.test(code)) throw new InvoiceError('badReference');
  const version = code[0] === '4' ? 4 : 5;
  const iban = `FI${code.slice(1, 17)}`;
  const amountCents = Number(code.slice(17, 23)) * 100 + Number(code.slice(23, 25));
  const reference =
    version === 4
      ? code.slice(28, 48).replace(/^0+/, '')
      : `RF${code.slice(25, 27)}${code.slice(27, 48).replace(/^0+/, '')}`;
  const d = code.slice(48, 54);
  const dueOn = d === '000000' ? undefined : `20${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
  return { version, iban, amountCents, reference, ...(dueOn ? { dueOn } : {}) };
}
