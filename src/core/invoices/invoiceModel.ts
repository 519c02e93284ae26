import { addDays } from '../dates';
import { letterheadOf, type Letterhead } from '../pdf';
import {
  languageCodes,
  type AssociationProfile,
  type Language,
  type MembershipFee,
  type MembershipType,
  type Person,
} from '../schemas';
import { isValidIban, normalizeIban } from '../validators/iban';
import { isValidReferenceNumber } from '../validators/referenceNumber';
import { compactReference, rfFromDomestic } from './creditorReference';
import { epcQrPayload } from './epcQr';
import { InvoiceError } from './InvoiceError';
import { virtualBarcode } from './virtualBarcode';

export const invoiceKinds = ['invoice', 'reminder'] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];

/** How the reference is printed: the domestic form, or as an RF creditor reference. */
export const referenceForms = ['domestic', 'rf'] as const;
export type ReferenceForm = (typeof referenceForms)[number];

export type InvoiceOptions = {
  kind: InvoiceKind;
  /** The invoice's date, YYYY-MM-DD. */
  issuedOn: string;
  /** The due date printed and carried in the barcode, YYYY-MM-DD. */
  dueOn: string;
  referenceForm: ReferenceForm;
};

/** The payee block of every invoice: who is paid, and into which account. */
export type Payee = {
  name: string;
  businessId?: string;
  streetAddress?: string;
  postalCode?: string;
  postOffice?: string;
  email?: string;
  phone?: string;
  iban: string;
  bic?: string;
};

/** One page: one member's fee, ready to print. */
export type Invoice = {
  feeId: string;
  personId: string;
  lang: Language;
  recipient: { name: string; addressLines: string[] };
  year: number;
  membershipType: MembershipType;
  amountCents: number;
  /** The reference as printed and carried in the codes (domestic or RF). */
  reference: string;
  /** For a reminder: the due date of the first invoice, when it had one. */
  firstDueOn?: string;
  /** The 54 digits of the bank barcode. */
  barcode: string;
  /** The EPC QR code's text. */
  qrPayload: string;
};

export type InvoiceBatch = {
  letterhead: Letterhead;
  payee: Payee;
  kind: InvoiceKind;
  issuedOn: string;
  dueOn: string;
  invoices: Invoice[];
};

/** The language an invoice is printed in: the member's first one the app has, else the association's. */
export function invoiceLanguage(person: Pick<Person, 'languages'>, fallback: Language): Language {
  const own = person.languages.find((l): l is Language =>
    (languageCodes as readonly string[]).includes(l),
  );
  return own ?? fallback;
}

/** The payee, or why invoices cannot be made: no IBAN, or one that is not Finnish. */
export function payeeOf(profile: AssociationProfile | undefined): Payee {
  if (!profile) throw new InvoiceError('noProfile');
  const iban = normalizeIban(profile.iban ?? '');
  if (!iban || !isValidIban(iban)) throw new InvoiceError('noIban');
  if (!iban.startsWith('FI')) throw new InvoiceError('foreignIban');
  const bic = profile.bic?.trim() || undefined;
  return {
    name: profile.name,
    businessId: profile.businessId || undefined,
    streetAddress: profile.streetAddress || undefined,
    postalCode: profile.postalCode || undefined,
    postOffice: profile.postOffice || undefined,
    email: profile.email || undefined,
    phone: profile.phone || undefined,
    iban,
    ...(bic ? { bic } : {}),
  };
}

/**
 * Which of `fees` can get an invoice or a reminder on `today`: unpaid, not in
 * the trash, more than 0 €, with a reference. A reminder only for a fee whose
 * due date has passed. The Fees page, the CLI and the tests use this one rule.
 */
export function invoiceableFees(
  fees: readonly MembershipFee[],
  kind: InvoiceKind,
  today: string,
): MembershipFee[] {
  return fees.filter(
    (f) =>
      !f.deletedAt &&
      !f.paidOn &&
      f.amountCents > 0 &&
      !!f.reference &&
      (kind === 'invoice' || (!!f.dueOn && f.dueOn < today)),
  );
}

function addressLines(p: Person): string[] {
  const town = [p.postalCode, p.postOffice].filter(Boolean).join(' ');
  return [p.streetAddress, town].filter((l): l is string => !!l && l.trim() !== '');
}

/**
 * Invoices (or reminders) for `fees`, one a page, in each member's language:
 * the payee from the profile, the reference in the chosen form, the bank
 * barcode digits and the EPC QR payload. Throws InvoiceError before anything
 * is printed when one of them cannot be paid with a barcode (no IBAN, an
 * amount over the barcode's limit, a broken reference).
 */
export function invoiceBatch(
  data: {
    profile: AssociationProfile | undefined;
    people: readonly Person[];
    fees: readonly MembershipFee[];
  },
  options: InvoiceOptions,
): InvoiceBatch {
  const payee = payeeOf(data.profile);
  const profile = data.profile!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.dueOn) || options.dueOn < options.issuedOn) {
    throw new InvoiceError('badDueDate');
  }
  if (data.fees.length === 0) throw new InvoiceError('noFees');
  const people = new Map(data.people.map((p) => [p.id, p]));
  const invoices = data.fees.map((fee): Invoice => {
    const person = people.get(fee.personId);
    const name = person?.fullName ?? '';
    if (!fee.reference) throw new InvoiceError('noReference', { name });
    const domestic = compactReference(fee.reference);
    if (!isValidReferenceNumber(domestic)) throw new InvoiceError('badReference', { name });
    const rf = rfFromDomestic(domestic);
    const reference = options.referenceForm === 'rf' ? rf : domestic;
    const barcode = virtualBarcode({
      iban: payee.iban,
      amountCents: fee.amountCents,
      reference,
      dueOn: options.dueOn,
    });
    const qrPayload = epcQrPayload({
      bic: payee.bic,
      name: payee.name,
      iban: payee.iban,
      amountCents: fee.amountCents,
      reference: rf,
    });
    return {
      feeId: fee.id,
      personId: fee.personId,
      lang: person ? invoiceLanguage(person, profile.defaultLanguage) : profile.defaultLanguage,
      recipient: { name, addressLines: person ? addressLines(person) : [] },
      year: fee.year,
      membershipType: person?.membership ?? 'none',
      amountCents: fee.amountCents,
      reference,
      ...(options.kind === 'reminder' && fee.dueOn ? { firstDueOn: fee.dueOn } : {}),
      barcode,
      qrPayload,
    };
  });
  return {
    letterhead: letterheadOf(profile),
    payee,
    kind: options.kind,
    issuedOn: options.issuedOn,
    dueOn: options.dueOn,
    invoices,
  };
}

/**
 * The fees a run prints: `invoiceableFees`, and with `onlyNew` only those
 * without an invoice yet (a reminder run: without a reminder yet); with
 * `membership`, only fees of people of that membership type (their type now,
 * as the invoice prints it).
 */
export function feesToInvoice(
  fees: readonly MembershipFee[],
  options: {
    kind: InvoiceKind;
    today: string;
    onlyNew: boolean;
    membership?: MembershipType;
    people?: readonly Pick<Person, 'id' | 'membership'>[];
  },
): MembershipFee[] {
  const typeOf = new Map((options.people ?? []).map((p) => [p.id, p.membership]));
  return invoiceableFees(fees, options.kind, options.today).filter(
    (f) =>
      (!options.onlyNew || (options.kind === 'invoice' ? !f.invoicedOn : !f.remindedOn)) &&
      (!options.membership || typeOf.get(f.personId) === options.membership),
  );
}

/** How many fees a run prints and their sum, shown before it is made. */
export function invoiceSummary(fees: readonly MembershipFee[]): {
  count: number;
  totalCents: number;
} {
  return { count: fees.length, totalCents: fees.reduce((sum, f) => sum + f.amountCents, 0) };
}

/** The due date an invoice run offers: two weeks after the invoice date. */
export function defaultInvoiceDueOn(issuedOn: string): string {
  return addDays(issuedOn, 14);
}
