import { memo } from 'react';
import { Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { peopleWithUnpaidFeeForAYear } from '../../../../core/fees';
import { formatMoney } from '../../../../core/format';
import type { Dataset } from '../../../../core/schemas';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';

/** Members whose fee has been unpaid for over a year after its due date, of any year. */
export const UnpaidForAYearSection = memo(function UnpaidForAYearSection({
  data,
  today,
}: {
  data: Pick<Dataset, 'people' | 'fees'>;
  today: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rows = peopleWithUnpaidFeeForAYear(data, today);
  return (
    <section aria-labelledby="fee-unpaid-year-title">
      <Title order={2} size="h3" id="fee-unpaid-year-title" mt="xl" mb="xs">
        {t('fees.unpaidForAYear.title')}
      </Title>
      {rows.length === 0 ? (
        <Text>{t('fees.unpaidForAYear.none')}</Text>
      ) : (
        <>
          <Text mb="md" maw={900}>
            {t('fees.unpaidForAYear.intro')}
          </Text>
          <PagedTable
            caption={t('fees.unpaidForAYear.title')}
            rows={rows}
            rowKey={(r) => r.person.id}
            columns={[
              {
                key: 'name',
                header: t('fees.columns.person'),
                cell: (r) => (
                  <Anchor component={Link} to={`/people/${r.person.id}`}>
                    {r.person.fullName}
                  </Anchor>
                ),
              },
              {
                key: 'type',
                header: t('fees.columns.membershipType'),
                cell: (r) => t(`fees.types.${r.person.membership}`),
              },
              {
                key: 'years',
                header: t('fees.unpaidForAYear.years'),
                cell: (r) => [...new Set(r.fees.map((f) => f.year))].join(', '),
              },
              {
                key: 'amount',
                header: t('fees.unpaidForAYear.amount'),
                numeric: true,
                cell: (r) => formatMoney(r.unpaidCents, lang),
              },
            ]}
          />
        </>
      )}
    </section>
  );
});
