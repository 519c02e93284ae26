import { isValidIban, normalizeIban } from '../validators/iban';
import { compactReference, isValidRfReference } from './creditorReference';
import { InvoiceError } from './InvoiceError';

/** EPC069-12: the largest amount a credit-transfer QR code may carry, 999 999 999,99 €. */
export const EPC_MAX_CENTS = 99_999_999_999;

export type EpcQrInput = {
  /** The payee's BIC; optional in version 002 within the EEA. */
  bic?: string;
  /** The payee's name, at most 70 characters. */
  name: string;
  iban: string;
  amountCents: number;
  /** An RF creditor reference (ISO 11649): the only structured reference EPC allows. */
  reference: string;
};

/**
 * The payload of an EPC QR code ("SEPA credit transfer", EPC069-12 version
 * 002, character set 1 = UTF-8): the lines BCD, 002, 1, SCT, BIC, name, IBAN,
 * EUR amount, purpose (empty), the structured reference, and no free text —
 * the standard allows the reference or a text, not both. Trailing empty lines
 * are left out, as the standard allows.
 */
export function epcQrPayload(input: EpcQrInput): string {
  const iban = normalizeIban(input.iban);
  if (!isValidIban(iban)) throw new InvoiceError('noIban');
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw new InvoiceError('noProfile');
  if ([...name].length > 70) throw new InvoiceError('nameTooLong', { max: 70 });
  const cents = input.amountCents;
  if (!Number.isInteger(cents) || cents < 1) throw new InvoiceError('amountTooSmall');
  if (cents > EPC_MAX_CENTS) throw new InvoiceError('amountTooLarge');
  const reference = compactReference(input.reference);
  if (!isValidRfReference(reference)) throw new InvoiceError('badReference');
  const amount = `EUR${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  const bic = (input.bic ?? '').replace(/\s+/g, '').toUpperCase();
  return ['BCD', '002', '1', 'SCT', bic, name, iban, amount, '', reference].join('\n');
}

/** The fields of an EPC payload, read back (tests decode the printed QR with it). */
export function readEpcQrPayload(payload: string): {
  bic: string;
  name: string;
  iban: string;
  amountCents: number;
  reference: string;
} {
  const lines = payload.split('\n');
  if (lines[0] !== 'BCD' || lines[3] !== 'SCT') throw new InvoiceError('badReference');
  const m = /^EUR(\d+)\.(\d{2})$/.exec(lines[7] ?? '');
  return {
    bic: lines[4] ?? '',
    name: lines[5] ?? '',
    iban: lines[6] ?? '',
    amountCents: m ? Number(m[1]) * 100 + Number(m[2]) : NaN,
    reference: lines[9] ?? '',
  };
}
