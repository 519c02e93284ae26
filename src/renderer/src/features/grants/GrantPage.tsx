import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  List,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { deleteBudgetLine, grantPageData, liveFunders, Repository } from '../../../../core/db';
import { nextStatuses } from '../../../../core/grants';
import { formatDate, formatMoney, todayIso } from '../../../../core/format';
import type {
  GrantBudgetLine,
  GrantChecklistItem,
  GrantExpense,
  GrantPayment,
  TableName,
} from '../../../../core/schemas';
import { db } from '../../db';
import { AppModal } from '../../shared/AppModal';
import { notify, notifyWithUndo } from '../../shared/notify';
import { PageTitle } from '../../shared/PageTitle';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import { LinkedImpactNotes } from '../impact/LinkedImpactNotes';
import { GrantForm } from './GrantForm';
import { looseT } from './RecordForm';
import { GrantAttachmentsSlot, GrantExpenseImportSlot } from './GrantPageSlots';
import { BudgetLineForm, ExpenseForm, PaymentForm, StatusChangeForm } from './GrantRecordForms';

type Dialog =
  | { kind: 'details' }
  | { kind: 'status' }
  | { kind: 'payment'; payment?: GrantPayment }
  | { kind: 'line'; line?: GrantBudgetLine }
  | { kind: 'expense'; expense: GrantExpense };

/** Where the focus goes when a dialog closed and its opener is gone (the row was deleted). */
const fallbackFocus: Record<Dialog['kind'], string> = {
  details: 'grant-edit-details',
  status: 'grant-change-status',
  payment: 'grant-add-payment',
  line: 'grant-add-line',
  expense: 'grant-expenses-title',
};

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md" mt="lg">
      <Title order={2} size="h3" id={id} tabIndex={-1} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** One grant: its details, status and history, money, budget against actual and checklist. */
export function GrantPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { id = '' } = useParams();
  const data = useLiveQuery(() => grantPageData(db, id), [id]);
  const funders = useLiveQuery(() => liveFunders(db), []);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [opened, setOpened] = useState(false);
  if (data === undefined || funders === undefined) {
    return <Loader aria-label={t('ui.common.loading')} />;
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
  const { grant, budget } = data;
  const money = (cents: number | undefined) =>
    cents === undefined ? t('ui.common.none') : formatMoney(cents, lang);
  const date = (d: string | undefined) => (d ? formatDate(d, lang) : t('ui.common.none'));
  const lineNames = new Map(data.lines.map((l) => [l.id, l.name]));
  const open = (d: Dialog) => {
    setDialog(d);
    setOpened(true);
  };
  const close = () => setOpened(false);
  const afterClose = () => {
    const kind = dialog?.kind;
    setDialog(null);
    window.setTimeout(() => {
      const active = document.activeElement;
      if (kind && (!active || active === document.body || !active.isConnected)) {
        document.getElementById(fallbackFocus[kind])?.focus();
      }
    }, 0);
  };

  /** Trash a row, with a notification whose button brings it back. */
  const trash = async (table: TableName, rowId: string, name: string) => {
    const repo = new Repository(db, table);
    await repo.softDelete(rowId);
    close();
    notifyWithUndo(t, {
      id: `grant-part-deleted-${rowId}`,
      color: 'orange',
      message: t('grantsPage.common.deleted', { name }),
      undoLabel: t('grantsPage.common.undo'),
      onUndo: async (notificationId) => {
        await repo.restore(rowId);
        notifications.hide(notificationId);
        notify(t, { color: 'teal', message: t('grantsPage.common.restored', { name }) });
      },
    });
  };
  const removeLine = async (line: GrantBudgetLine) => {
    const result = await deleteBudgetLine(db, line.id);
    if (!result.ok) {
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: looseT(t)(`grants.errors.${result.code}`, result.params),
      });
      return;
    }
    close();
    notifyWithUndo(t, {
      id: `grant-part-deleted-${line.id}`,
      color: 'orange',
      message: t('grantsPage.common.deleted', { name: line.name }),
      undoLabel: t('grantsPage.common.undo'),
      onUndo: async (notificationId) => {
        await new Repository(db, 'grantBudgetLines').restore(line.id);
        notifications.hide(notificationId);
        notify(t, { color: 'teal', message: t('grantsPage.common.restored', { name: line.name }) });
      },
    });
  };
  const linkAttachment = async (item: GrantChecklistItem, attachmentId: string) => {
    await new Repository(db, 'grantChecklistItems').update(item.id, {
      attachmentId: attachmentId || undefined,
    });
  };
  const tick = async (item: GrantChecklistItem, done: boolean) => {
    await new Repository(db, 'grantChecklistItems').update(item.id, {
      done,
      doneOn: done ? todayIso() : undefined,
    });
  };
  const expenseLabel = (e: GrantExpense) =>
    t('grantsPage.expenses.label', {
      date: formatDate(e.date, lang),
      amount: money(e.amountCents),
    });
  const paymentLabel = (p: GrantPayment) =>
    t('grantsPage.payments.label', { date: formatDate(p.date, lang) });
  const editButton = (label: string, onClick: () => void) => (
    <Button
      size="compact-md"
      variant="subtle"
      aria-haspopup="dialog"
      aria-label={`${t('grantsPage.common.edit')}: ${label}`}
      onClick={onClick}
    >
      {t('grantsPage.common.edit')}
    </Button>
  );

  const details: [string, ReactNode][] = [
    [t('grantsPage.grants.funder'), data.funder?.name ?? t('ui.common.none')],
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
  const next = nextStatuses(grant.status);

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

      <Section title={t('grantsPage.page.details')} id="grant-details-title">
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
          onClick={() => open({ kind: 'details' })}
        >
          {t('grantsPage.page.editDetails')}
        </Button>
      </Section>

      <Section title={t('grantsPage.status.title')} id="grant-status-title">
        <Group mb="sm">
          <Text fw={700}>{t('grantsPage.status.current')}:</Text>
          <Badge size="lg" variant="light" color="dark">
            {t(`ui.grants.statuses.${grant.status}`)}
          </Badge>
        </Group>
        <PagedTable
          caption={t('grantsPage.status.history')}
          rows={data.history}
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
            onClick={() => open({ kind: 'status' })}
          >
            {t('grantsPage.status.change')}
          </Button>
        ) : (
          <Text mt="md">{t('grantsPage.status.final')}</Text>
        )}
      </Section>

      <Section title={t('grantsPage.payments.title')} id="grant-payments-title">
        <PagedTable
          caption={t('grantsPage.payments.title')}
          rows={data.payments}
          rowKey={(p) => p.id}
          columns={[
            { key: 'date', header: t('grantsPage.payments.date'), cell: (p) => date(p.date) },
            {
              key: 'amount',
              header: t('grantsPage.payments.amount'),
              numeric: true,
              cell: (p) => money(p.amountCents),
            },
            {
              key: 'note',
              header: t('grantsPage.payments.note'),
              cell: (p) => p.note ?? t('ui.common.none'),
            },
            {
              key: 'edit',
              header: t('grantsPage.common.actions'),
              cell: (p) => editButton(paymentLabel(p), () => open({ kind: 'payment', payment: p })),
            },
          ]}
        />
        <Group mt="md" justify="space-between">
          <Text>
            {t('grantsPage.payments.total')}: <strong>{money(budget.paidCents)}</strong>
          </Text>
          <Button
            id="grant-add-payment"
            variant="outline"
            aria-haspopup="dialog"
            onClick={() => open({ kind: 'payment' })}
          >
            {t('grantsPage.payments.add')}
          </Button>
        </Group>
      </Section>

      <Section title={t('grantsPage.lines.title')} id="grant-lines-title">
        {data.lines.length === 0 && <Text mb="sm">{t('grantsPage.lines.empty')}</Text>}
        <PagedTable
          caption={t('grantsPage.lines.title')}
          rows={data.lines}
          rowKey={(l) => l.id}
          columns={[
            { key: 'name', header: t('grantsPage.lines.name'), cell: (l) => l.name },
            {
              key: 'budget',
              header: t('grantsPage.lines.budget'),
              numeric: true,
              cell: (l) => money(l.budgetCents),
            },
            {
              key: 'own',
              header: t('grantsPage.lines.ownFunding'),
              numeric: true,
              cell: (l) => money(l.ownFundingCents),
            },
            {
              key: 'edit',
              header: t('grantsPage.common.actions'),
              cell: (l) => editButton(l.name, () => open({ kind: 'line', line: l })),
            },
          ]}
        />
        <Button
          id="grant-add-line"
          mt="md"
          variant="outline"
          aria-haspopup="dialog"
          onClick={() => open({ kind: 'line' })}
        >
          {t('grantsPage.lines.add')}
        </Button>
      </Section>

      <Section title={t('grantsPage.expenses.title')} id="grant-expenses-title">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4">
            {t('grantsPage.expenses.addTitle')}
          </Title>
          <GrantExpenseImportSlot grantId={grant.id} />
        </Group>
        {data.lines.length === 0 ? (
          <Text mb="md">{t('grantsPage.expenses.needLine')}</Text>
        ) : (
          <ExpenseForm
            key={data.lines.map((l) => l.id).join()}
            grantId={grant.id}
            lines={data.lines}
          />
        )}
        {budget.outsidePeriod.length > 0 && (
          <Alert mt="md" color="yellow" role="status">
            {t('grantsPage.expenses.outsideWarning', { count: budget.outsidePeriod.length })}
          </Alert>
        )}
        <Stack mt="md">
          <PagedTable
            caption={t('grantsPage.expenses.title')}
            rows={data.expenses}
            rowKey={(e) => e.id}
            columns={[
              {
                key: 'date',
                header: t('grantsPage.expenses.date'),
                cell: (e) => (
                  <>
                    {date(e.date)}
                    {data.outsideIds.has(e.id) && (
                      <Badge ml="xs" color="yellow" c="dark" variant="light">
                        {t('grantsPage.expenses.outside')}
                      </Badge>
                    )}
                  </>
                ),
              },
              {
                key: 'amount',
                header: t('grantsPage.expenses.amount'),
                numeric: true,
                cell: (e) => money(e.amountCents),
              },
              {
                key: 'line',
                header: t('grantsPage.expenses.line'),
                cell: (e) => lineNames.get(e.budgetLineId) ?? t('ui.common.none'),
              },
              {
                key: 'payee',
                header: t('grantsPage.expenses.payee'),
                cell: (e) => e.payee ?? t('ui.common.none'),
              },
              {
                key: 'receipt',
                header: t('grantsPage.expenses.receiptRef'),
                cell: (e) => e.receiptRef ?? t('ui.common.none'),
              },
              {
                key: 'note',
                header: t('grantsPage.expenses.note'),
                cell: (e) => e.note ?? t('ui.common.none'),
              },
              {
                key: 'edit',
                header: t('grantsPage.common.actions'),
                cell: (e) =>
                  editButton(expenseLabel(e), () => open({ kind: 'expense', expense: e })),
              },
            ]}
          />
        </Stack>
      </Section>

      <Section title={t('grantsPage.budget.title')} id="grant-budget-title">
        {budget.overBudget.map((l) => (
          <Alert key={l.id} mb="sm" color="red" role="status">
            {t('grantsPage.budget.overWarning', { name: l.name, amount: money(l.differenceCents) })}
          </Alert>
        ))}
        <Table.ScrollContainer minWidth={500}>
          <Table striped>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
              {t('grantsPage.budget.title')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('grantsPage.budget.line')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('grantsPage.budget.budget')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('grantsPage.budget.spent')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('grantsPage.budget.difference')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {budget.lines.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Th scope="row" fw={400}>
                    {l.name}
                    {l.overBudget && (
                      <Badge ml="xs" color="red" variant="filled">
                        {t('grantsPage.budget.overBudget')}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td ta="end">{money(l.budgetCents)}</Table.Td>
                  <Table.Td ta="end">{money(l.spentCents)}</Table.Td>
                  <Table.Td ta="end">{money(l.differenceCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('grantsPage.budget.total')}</Table.Th>
                <Table.Td ta="end" fw={700}>
                  {money(budget.budgetCents)}
                </Table.Td>
                <Table.Td ta="end" fw={700}>
                  {money(budget.spentCents)}
                </Table.Td>
                <Table.Td ta="end" fw={700}>
                  {money(data.totalDifferenceCents)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} mt="md" m={0}>
          {(
            [
              ['granted', money(grant.grantedCents)],
              ['paid', money(budget.paidCents)],
              ['unused', money(budget.unusedCents)],
              ['toReturn', money(budget.toReturnCents)],
            ] as const
          ).map(([key, value]) => (
            <div key={key}>
              <Text component="dt" size="sm" fw={700}>
                {t(`grantsPage.budget.${key}`)}
              </Text>
              <Text component="dd" m={0} fz="lg" data-figure={key}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Section>

      <Section title={t('grantsPage.checklist.title')} id="grant-checklist-title">
        {data.checklist.length === 0 ? (
          <Text>{t('grantsPage.checklist.empty')}</Text>
        ) : (
          <Stack gap="xs">
            {data.checklist.map((item) => (
              <Group key={item.id} justify="space-between" wrap="wrap" gap="sm">
                <Checkbox
                  checked={item.done}
                  onChange={(e) => void tick(item, e.currentTarget.checked)}
                  label={
                    item.done && item.doneOn
                      ? `${item.label} (${t('grantsPage.checklist.doneOn', { date: date(item.doneOn) })})`
                      : item.label
                  }
                />
                {data.attachments.length > 0 && (
                  <NativeSelect
                    aria-label={t('grantsPage.checklist.attachment', { item: item.label })}
                    value={item.attachmentId ?? ''}
                    onChange={(e) => void linkAttachment(item, e.currentTarget.value)}
                    data={[
                      { value: '', label: t('grantsPage.checklist.noAttachment') },
                      ...data.attachments.map((a) => ({ value: a.id, label: a.name })),
                    ]}
                  />
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Section>

      <Section title={t('grantsPage.activities.title')} id="grant-activities-title">
        {data.activities.length === 0 ? (
          <Text>{t('grantsPage.activities.empty')}</Text>
        ) : (
          <List>
            {data.activities.map((a) => (
              <List.Item key={a.id}>
                <Anchor component={Link} to="/activities">
                  {a.name}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      <GrantAttachmentsSlot grantId={grant.id} />

      <Section title={t('impactPage.linked.title')} id="grant-impact-title">
        <LinkedImpactNotes link={{ grantId: grant.id }} />
      </Section>

      <AppModal
        size={dialog?.kind === 'details' ? 'xl' : 'lg'}
        opened={opened}
        onClose={close}
        onClosed={afterClose}
        title={
          !dialog
            ? ''
            : dialog.kind === 'details'
              ? t('grantsPage.grants.editTitle')
              : dialog.kind === 'status'
                ? t('grantsPage.status.changeTitle')
                : dialog.kind === 'payment'
                  ? t(
                      dialog.payment
                        ? 'grantsPage.payments.editTitle'
                        : 'grantsPage.payments.addTitle',
                    )
                  : dialog.kind === 'line'
                    ? t(dialog.line ? 'grantsPage.lines.editTitle' : 'grantsPage.lines.addTitle')
                    : t('grantsPage.expenses.editTitle')
        }
      >
        {dialog?.kind === 'details' && (
          <GrantForm grant={grant} funders={funders} onClose={close} />
        )}
        {dialog?.kind === 'status' && <StatusChangeForm grant={grant} onClose={close} />}
        {dialog?.kind === 'payment' && (
          <PaymentForm
            grantId={grant.id}
            payment={dialog.payment}
            onClose={close}
            onDelete={(p) => void trash('grantPayments', p.id, paymentLabel(p))}
          />
        )}
        {dialog?.kind === 'line' && (
          <BudgetLineForm
            grantId={grant.id}
            line={dialog.line}
            position={data.lines.length}
            onClose={close}
            onDelete={(l) => void removeLine(l)}
          />
        )}
        {dialog?.kind === 'expense' && (
          <ExpenseForm
            grantId={grant.id}
            lines={data.lines}
            expense={dialog.expense}
            onClose={close}
            onDelete={(e) => void trash('grantExpenses', e.id, expenseLabel(e))}
          />
        )}
      </AppModal>
    </>
  );
}
