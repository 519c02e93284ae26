import { Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { allFunders, grantSpending, liveGrants } from '../../../../core/db';
import { formatDate, formatMoney } from '../../../../core/format';
import { db } from '../../db';
import { PageTitle } from '../../shared/PageTitle';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';

/** Grants with funder, status, amount granted and spent, and report deadline. */
export function GrantsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  // Grants and funders only: two small tables.
  const data = useLiveQuery(async () => {
    const [grants, funders] = await Promise.all([liveGrants(db), allFunders(db)]);
    return { grants, funders };
  }, []);
  const spending = useLiveQuery(() => grantSpending(db), []);
  if (!data || !spending) return <Loader aria-label={t('ui.common.loading')} />;
  const funders = new Map(data.funders.map((f) => [f.id, f.name]));
  const rows = [...data.grants].sort((a, b) =>
    (b.decisionDate ?? b.createdAt).localeCompare(a.decisionDate ?? a.createdAt),
  );
  return (
    <>
      <PageTitle>{t('ui.grants.title')}</PageTitle>
      <PagedTable
        caption={t('ui.grants.title')}
        rows={rows}
        rowKey={(g) => g.id}
        columns={[
          { key: 'name', header: t('ui.grants.name'), cell: (g) => g.name },
          {
            key: 'funder',
            header: t('ui.grants.funder'),
            cell: (g) => funders.get(g.funderId) ?? t('ui.common.none'),
          },
          {
            key: 'status',
            header: t('ui.grants.status'),
            cell: (g) => t(`ui.grants.statuses.${g.status}`),
          },
          {
            key: 'granted',
            header: t('ui.grants.granted'),
            numeric: true,
            cell: (g) =>
              g.grantedCents === undefined
                ? t('ui.common.none')
                : formatMoney(g.grantedCents, lang),
          },
          {
            key: 'spent',
            header: t('ui.grants.spent'),
            numeric: true,
            cell: (g) => formatMoney(spending.get(g.id) ?? 0, lang),
          },
          {
            key: 'due',
            header: t('ui.grants.reportDue'),
            cell: (g) => (g.reportDue ? formatDate(g.reportDue, lang) : t('ui.common.none')),
          },
        ]}
      />
    </>
  );
}
