import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nextStatuses } from '../../../../core/grants';
import type { Grant, GrantStatusChange } from '../../../../core/schemas';
import { PagedTable } from '../../shared/PagedTable';
import { GrantSection } from './GrantSection';
import { useGrantPageText } from './useGrantPageText';

type Props = { grant: Grant; history: GrantStatusChange[]; onChange: () => void };

/** The grant's status now, its history, and "Change status" while a next one exists. */
export function GrantStatusSection({ grant, history, onChange }: Props) {
  const { t } = useTranslation();
  const { date } = useGrantPageText();
  const next = nextStatuses(grant.status);
  return (
    <GrantSection title={t('grantsPage.status.title')} id="grant-status-title">
      <Group mb="sm">
        <Text fw={700}>{t('grantsPage.status.current')}:</Text>
        <Badge size="lg" variant="light" color="dark">
          {t(`ui.grants.statuses.${grant.status}`)}
        </Badge>
      </Group>
      <PagedTable
        caption={t('grantsPage.status.history')}
        rows={history}
        rowKey={(c) => c.id}
        columns={[
          { key: 'date', header: t('grantsPage.status.date'), cell: (c) => date(c.date) },
          {
            key: 'status',
            header: t('grantsPage.grants.status'),
            cell: (c) => t(`ui.grants.statuses.${c.status}`),
          },
          {
            key: 'note',
            header: t('grantsPage.status.note'),
            cell: (c) => c.note ?? t('ui.common.none'),
          },
        ]}
      />
      {next.length > 0 ? (
        <Button
          id="grant-change-status"
          mt="md"
          variant="outline"
          aria-haspopup="dialog"
          onClick={onChange}
        >
          {t('grantsPage.status.change')}
        </Button>
      ) : (
        <Text mt="md">{t('grantsPage.status.final')}</Text>
      )}
    </GrantSection>
  );
}
