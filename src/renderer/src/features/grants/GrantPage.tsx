import { Anchor, Button, Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { grantPageData, liveFunders } from '../../../../core/db';
import { db } from '../../db';
import { PageTitle } from '../../shared/PageTitle';
import { LinkedImpactNotes } from '../impact/LinkedImpactNotes';
import { GrantActivitiesSection } from './GrantActivitiesSection';
import { GrantBudgetLinesSection } from './GrantBudgetLinesSection';
import { GrantBudgetSection } from './GrantBudgetSection';
import { GrantChecklistSection } from './GrantChecklistSection';
import { GrantDetailsSection } from './GrantDetailsSection';
import { GrantExpensesSection } from './GrantExpensesSection';
import { GrantAttachmentsSlot } from './GrantPageSlots';
import { GrantPartDialog, type GrantPartDialogState } from './GrantPartDialog';
import { GrantPaymentsSection } from './GrantPaymentsSection';
import { GrantSection } from './GrantSection';
import { GrantStatusSection } from './GrantStatusSection';
import { Loading } from '../../shared/Loading';

/** One grant: its details, status and history, money, budget against actual and checklist. */
export function GrantPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const data = useLiveQuery(() => grantPageData(db, id), [id]);
  const funders = useLiveQuery(() => liveFunders(db), []);
  const [dialog, setDialog] = useState<GrantPartDialogState | null>(null);
  const [opened, setOpened] = useState(false);
  if (data === undefined || funders === undefined) {
    return <Loading />;
  }
  if (data === null) {
    return (
      <>
        <PageTitle>{t('ui.grants.title')}</PageTitle>
        <Text mb="md">{t('grantsPage.page.notFound')}</Text>
        <Anchor component={Link} to="/grants">
          {t('grantsPage.page.back')}
        </Anchor>
      </>
    );
  }
  const { grant } = data;
  const open = (d: GrantPartDialogState) => {
    setDialog(d);
    setOpened(true);
  };

  return (
    <>
      <PageTitle>{grant.name}</PageTitle>
      <Group justify="space-between" mb="md">
        <Anchor component={Link} to="/grants">
          {t('grantsPage.page.back')}
        </Anchor>
        <Button component={Link} to={`/reports?grant=${encodeURIComponent(grant.id)}`} size="md">
          {t('grantsPage.page.makeReport')}
        </Button>
      </Group>
      <GrantDetailsSection
        grant={grant}
        funder={data.funder}
        onEdit={() => open({ kind: 'details' })}
      />
      <GrantStatusSection
        grant={grant}
        history={data.history}
        onChange={() => open({ kind: 'status' })}
      />
      <GrantPaymentsSection
        payments={data.payments}
        paidCents={data.budget.paidCents}
        onAdd={() => open({ kind: 'payment' })}
        onEdit={(payment) => open({ kind: 'payment', payment })}
      />
      <GrantBudgetLinesSection
        lines={data.lines}
        onAdd={() => open({ kind: 'line' })}
        onEdit={(line) => open({ kind: 'line', line })}
      />
      <GrantExpensesSection data={data} onEdit={(expense) => open({ kind: 'expense', expense })} />
      <GrantBudgetSection data={data} />
      <GrantChecklistSection checklist={data.checklist} attachments={data.attachments} />
      <GrantActivitiesSection activities={data.activities} />
      <GrantAttachmentsSlot grantId={grant.id} />
      <GrantSection title={t('impactPage.linked.title')} id="grant-impact-title">
        <LinkedImpactNotes link={{ grantId: grant.id }} />
      </GrantSection>
      <GrantPartDialog
        dialog={dialog}
        opened={opened}
        data={data}
        funders={funders}
        onClose={() => setOpened(false)}
        onClosed={() => setDialog(null)}
      />
    </>
  );
}
