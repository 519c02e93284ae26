import { memo } from 'react';
import { SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { feeTotals } from '../../../../core/fees';
import { formatInteger, formatMoney } from '../../../../core/format';
import type { Dataset } from '../../../../core/schemas';
import { Figure } from '../../shared/Figure';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';

/** Billed, paid and unpaid fees of the year, in total and by membership type (feeTotals). */
export const FeeTotalsSection = memo(function FeeTotalsSection({
  data,
  year,
}: {
  data: Pick<Dataset, 'people' | 'fees'>;
  year: number;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const totals = feeTotals(data, year);
  const money = (cents: number) => formatMoney(cents, lang);
  const count = (n: number) => t('fees.totals.feesCount', { count: n });
  return (
    <section aria-labelledby="fee-totals-title">
      <Title order={2} size="h3" id="fee-totals-title" mt="xl" mb="sm">
        {t('fees.totals.title', { year })}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" m={0}>
        <Figure label={t('fees.totals.count')} value={formatInteger(totals.count, lang)} />
        <Figure label={t('fees.totals.billed')} value={money(totals.billedCents)} />
        <Figure
          label={t('fees.totals.paid')}
          value={money(totals.paidCents)}
          note={count(totals.paidCount)}
        />
        <Figure
          label={t('fees.totals.unpaid')}
          value={money(totals.unpaidCents)}
          note={count(totals.unpaidCount)}
        />
      </SimpleGrid>
      {totals.byType.length > 0 && (
        <>
          <Title order={3} size="h4" mt="lg" mb="xs">
            {t('fees.totals.byType')}
          </Title>
          <PagedTable
            caption={`${t('fees.totals.title', { year })}: ${t('fees.totals.byType')}`}
            rows={totals.byType}
            rowKey={(r) => r.membershipType}
            columns={[
              {
                key: 'type',
                header: t('fees.columns.membershipType'),
                cell: (r) => t(`fees.types.${r.membershipType}`),
              },
              {
                key: 'count',
                header: t('fees.totals.count'),
                numeric: true,
                cell: (r) => formatInteger(r.count, lang),
              },
              {
                key: 'billed',
                header: t('fees.totals.billed'),
                numeric: true,
                cell: (r) => money(r.billedCents),
              },
              {
                key: 'paid',
                header: t('fees.totals.paid'),
                numeric: true,
                cell: (r) => money(r.paidCents),
              },
              {
                key: 'unpaid',
                header: t('fees.totals.unpaid'),
                numeric: true,
                cell: (r) => money(r.unpaidCents),
              },
            ]}
          />
        </>
      )}
    </section>
  );
});
