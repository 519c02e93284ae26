import { Button, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Funder, Grant } from '../../../../core/schemas';
import { GrantSection } from './GrantSection';
import { useGrantPageText } from './useGrantPageText';

type Props = { grant: Grant; funder: Funder | undefined; onEdit: () => void };

/** The grant's funder, amounts, decision and dates, with "Edit details". */
export function GrantDetailsSection({ grant, funder, onEdit }: Props) {
  const { t } = useTranslation();
  const { money, date } = useGrantPageText();
  const details: [string, ReactNode][] = [
    [t('grantsPage.grants.funder'), funder?.name ?? t('ui.common.none')],
    [t('grantsPage.grants.programme'), grant.programme ?? t('ui.common.none')],
    [t('grantsPage.grants.purpose'), grant.purpose ?? t('ui.common.none')],
    [t('grantsPage.grants.applied'), money(grant.appliedCents)],
    [t('grantsPage.grants.granted'), money(grant.grantedCents)],
    [t('grantsPage.grants.decisionNumber'), grant.decisionNumber ?? t('ui.common.none')],
    [t('grantsPage.grants.decisionDate'), date(grant.decisionDate)],
    [t('grantsPage.grants.periodStart'), date(grant.periodStart)],
    [t('grantsPage.grants.periodEnd'), date(grant.periodEnd)],
    [t('grantsPage.grants.useBy'), date(grant.useBy)],
    [t('grantsPage.grants.interimReportDue'), date(grant.interimReportDue)],
    [t('grantsPage.grants.reportDue'), date(grant.reportDue)],
    [t('grantsPage.grants.applicationDeadline'), date(grant.applicationDeadline)],
  ];
  return (
    <GrantSection title={t('grantsPage.page.details')} id="grant-details-title">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" m={0}>
        {details.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" fw={700} size="sm">
              {label}
            </Text>
            <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Button
        id="grant-edit-details"
        mt="md"
        variant="outline"
        aria-haspopup="dialog"
        onClick={onEdit}
      >
        {t('grantsPage.page.editDetails')}
      </Button>
    </GrantSection>
  );
}
