import { Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { liveImpactNotes } from '../../../../core/db';
import { formatDate } from '../../../../core/format';
import { db } from '../../db';
import { PageTitle } from '../../shared/PageTitle';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';

/** Impact notes, newest first, with whether each may be published. */
export function ImpactPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const notes = useLiveQuery(() => liveImpactNotes(db), []);
  if (!notes) return <Loader aria-label={t('ui.common.loading')} />;
  // Newest first as read; notes of one day by id, as they always were.
  const rows = [...notes].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return (
    <>
      <PageTitle>{t('ui.impact.title')}</PageTitle>
      <PagedTable
        caption={t('ui.impact.title')}
        rows={rows}
        rowKey={(n) => n.id}
        columns={[
          { key: 'date', header: t('ui.impact.date'), cell: (n) => formatDate(n.date, lang) },
          { key: 'type', header: t('ui.impact.type'), cell: (n) => t(`ui.impact.types.${n.type}`) },
          { key: 'text', header: t('ui.impact.text'), cell: (n) => n.text },
          {
            key: 'consent',
            header: t('ui.impact.consent'),
            cell: (n) => (n.consentToPublish ? t('ui.common.yes') : t('ui.common.no')),
          },
        ]}
      />
    </>
  );
}
