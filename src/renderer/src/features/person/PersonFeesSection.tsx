import { Anchor, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../../../core/format';
import { personFeesNewestFirst } from '../../../../core/fees';
import type { MembershipFee, Person } from '../../../../core/schemas';
import { formatReferenceNumber } from '../../../../core/validators/referenceNumber';
import { useLanguage } from '../../shared/useLanguage';

/** One person's membership fees (not those in the trash), newest year first. */
export function PersonFeesSection({
  fees: personFees,
  person,
}: {
  /** The person's fees (others and those in the trash are left out here). */
  fees: MembershipFee[];
  person: Person;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const fees = personFeesNewestFirst(personFees, person.id);

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
