import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { personActivityTotals } from '../../../../core/figures';
import { formatDate, formatInteger, formatMinutes } from '../../../../core/format';
import type { Dataset, Person } from '../../../../core/schemas';
import { useLanguage } from '../../shared/useLanguage';

/** The activities one person has logged hours for, most recently active first. */
export function PersonActivitiesSection({
  data,
  person,
}: {
  data: Pick<Dataset, 'hours' | 'activities'>;
  person: Person;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rows = personActivityTotals(data, person.id);

  return (
    <section aria-labelledby="person-activities">
      <Title order={2} id="person-activities" size="h3" mb="sm">
        {t('person.activities.title')}
      </Title>
      {rows.length === 0 ? (
        <Text>{t('person.activities.none')}</Text>
      ) : (
        <>
          <Text mb="sm">{t('person.activities.intro')}</Text>
          <Table.ScrollContainer minWidth={640}>
            <Table striped withTableBorder>
              <caption className="visually-hidden">{t('person.activities.caption')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('person.activities.activity')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('person.activities.entries')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('person.activities.total')}
                  </Table.Th>
                  <Table.Th scope="col">{t('person.activities.firstDate')}</Table.Th>
                  <Table.Th scope="col">{t('person.activities.lastDate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.activityId}>
                    <Table.Th scope="row">{r.name}</Table.Th>
                    <Table.Td ta="right">{formatInteger(r.entries, lang)}</Table.Td>
                    <Table.Td ta="right">{formatMinutes(r.totalMinutes, lang)}</Table.Td>
                    <Table.Td>{formatDate(r.firstDate, lang)}</Table.Td>
                    <Table.Td>{formatDate(r.lastDate, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </section>
  );
}
