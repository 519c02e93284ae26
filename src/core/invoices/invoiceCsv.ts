import { toCsv } from '../csv';
import { formatDate, formatMoney } from '../format';
import { translate } from '../i18n';
import type { Language, Person } from '../schemas';
import { printedReference } from './invoiceDocument';
import type { InvoiceBatch } from './invoiceModel';

const columns = [
  'name',
  'address',
  'email',
  'language',
  'amount',
  'reference',
  'dueOn',
  'barcode',
] as const;

/**
 * The invoices of a batch as CSV, for a mail merge or the bank's own invoicing
 * service: name and address, the email only of members who consented to
 * email contact, the amount, reference, due date and the bank barcode's digits.
 */
export function invoiceCsv(
  batch: InvoiceBatch,
  people: readonly Pick<Person, 'id' | 'email' | 'consents'>[],
  lang: Language,
): string {
  const byId = new Map(people.map((p) => [p.id, p]));
  const header = columns.map((c) => translate(lang, `invoices.csv.${c}`));
  const rows = batch.invoices.map((invoice) => {
    const person = byId.get(invoice.personId);
    const email = person?.consents.emailContact ? (person.email ?? '') : '';
    return [
      invoice.recipient.name,
      invoice.recipient.addressLines.join(', '),
      email,
      invoice.lang,
      formatMoney(invoice.amountCents, lang),
      printedReference(invoice.reference),
      formatDate(batch.dueOn, lang),
      invoice.barcode,
    ];
  });
  return toCsv(header, rows);
}
