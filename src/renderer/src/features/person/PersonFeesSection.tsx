import { Anchor, Button, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../../../core/format';
import { personFeesNewestFirst } from '../../../../core/fees';
import { defaultInvoiceDueOn, invoiceableFees, invoiceBatch } from '../../../../core/invoices';
import type { AssociationProfile, MembershipFee, Person } from '../../../../core/schemas';
import { formatReferenceNumber } from '../../../../core/validators/referenceNumber';
import { useLanguage } from '../../shared/useLanguage';
import { notifyInvoiceFailure, saveInvoices } from '../fees/saveInvoices';

/**
 * One person's membership fees (not those in the trash), newest year first,
 * each unpaid one with its invoice (a reminder once past its due date) as a PDF.
 */
export function PersonFeesSection({
  fees: personFees,
  person,
  profile,
  today,
}: {
  /** The person's fees (others and those in the trash are left out here). */
  fees: MembershipFee[];
  person: Person;
  profile: AssociationProfile | undefined;
  today: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [making, setMaking] = useState<string | null>(null);
  const fees = personFeesNewestFirst(personFees, person.id);
  const invoiceable = new Set(invoiceableFees(fees, 'invoice', today).map((f) => f.id));
  const remindable = new Set(invoiceableFees(fees, 'reminder', today).map((f) => f.id));

  const invoice = async (fee: MembershipFee) => {
    const kind = remindable.has(fee.id) ? 'reminder' : 'invoice';
    setMaking(fee.id);
    try {
      const batch = invoiceBatch(
        { profile, people: [person], fees: [fee] },
        { kind, issuedOn: today, dueOn: defaultInvoiceDueOn(today), referenceForm: 'domestic' },
      );
      await saveInvoices(t, lang, batch, () => undefined);
    } catch (e) {
      notifyInvoiceFailure(t, e);
    } finally {
      setMaking(null);
    }
  };

  return (
    <section aria-labelledby="person-fees">
      <Title order={2} id="person-fees" size="h3" mb="sm">
        {t('person.fees.title')}
      </Title>
      {fees.length === 0 ? (
        <Text>{t('person.fees.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder>
            <caption className="visually-hidden">{t('person.fees.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('person.fees.year')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('person.fees.amount')}
                </Table.Th>
                <Table.Th scope="col">{t('person.fees.reference')}</Table.Th>
                <Table.Th scope="col">{t('person.fees.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('person.fees.paidOn')}</Table.Th>
                <Table.Th scope="col">{t('invoices.person.column')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fees.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Th scope="row">{f.year}</Table.Th>
                  <Table.Td ta="right">{formatMoney(f.amountCents, lang)}</Table.Td>
                  <Table.Td>
                    {f.reference ? formatReferenceNumber(f.reference) : t('ui.common.none')}
                  </Table.Td>
                  <Table.Td>{f.dueOn ? formatDate(f.dueOn, lang) : t('ui.common.none')}</Table.Td>
                  <Table.Td>
                    {f.paidOn ? formatDate(f.paidOn, lang) : t('person.fees.unpaid')}
                  </Table.Td>
                  <Table.Td>
                    {f.remindedOn && (
                      <Text size="sm">
                        {t('invoices.lastReminded', { date: formatDate(f.remindedOn, lang) })}
                      </Text>
                    )}
                    {!f.remindedOn && f.invoicedOn && (
                      <Text size="sm">
                        {t('invoices.lastInvoiced', { date: formatDate(f.invoicedOn, lang) })}
                      </Text>
                    )}
                    {invoiceable.has(f.id) && (
                      <Button
                        size="compact-md"
                        variant="default"
                        loading={making === f.id}
                        onClick={() => void invoice(f)}
                        aria-label={t(
                          remindable.has(f.id)
                            ? 'invoices.person.reminderFor'
                            : 'invoices.person.invoiceFor',
                          { year: f.year },
                        )}
                      >
                        {t(
                          remindable.has(f.id)
                            ? 'invoices.person.reminder'
                            : 'invoices.person.invoice',
                        )}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Anchor component={Link} to="/fees" mt="sm" display="inline-block">
        {t('person.fees.toFeesPage')}
      </Anchor>
    </section>
  );
}
