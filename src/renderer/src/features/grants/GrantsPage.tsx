import { Anchor, Button, Group, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { allFunders, grantSpending, liveGrants, Repository } from '../../../../core/db';
import { formatDate, formatMoney } from '../../../../core/format';
import { sortGrants } from '../../../../core/grants';
import type { Funder, Grant } from '../../../../core/schemas';
import { db } from '../../db';
import { AppModal } from '../../shared/AppModal';
import { notify, notifyWithUndo } from '../../shared/notify';
import { PageTitle } from '../../shared/PageTitle';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import { FunderForm } from '../funders/FunderForm';
import { GrantForm } from './GrantForm';
import { Loading } from '../../shared/Loading';

type Dialog = { kind: 'funder'; id: string | null } | { kind: 'grant'; funderId?: string };

/** Grants with funder, status, amount granted and spent, and report deadline; and the funders. */
export function GrantsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const data = useLiveQuery(async () => {
    const [grants, funders] = await Promise.all([liveGrants(db), allFunders(db)]);
    return { grants, funders };
  }, []);
  const spending = useLiveQuery(() => grantSpending(db), []);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [opened, setOpened] = useState(false);
  const newFunderButton = useRef<HTMLButtonElement>(null);
  if (!data || !spending) return <Loading />;
  const funderNames = new Map(data.funders.map((f) => [f.id, f.name]));
  const liveFunders = data.funders
    .filter((f) => !f.deletedAt)
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const rows = sortGrants(data.grants);
  const open = (d: Dialog) => {
    setDialog(d);
    setOpened(true);
  };
  const editedFunder =
    dialog?.kind === 'funder' && dialog.id
      ? data.funders.find((f) => f.id === dialog.id)
      : undefined;

  const funders = new Repository(db, 'funders');
  const removeFunder = async (funder: Funder) => {
    await funders.softDelete(funder.id);
    setOpened(false);
    notifyWithUndo(t, {
      id: `funder-deleted-${funder.id}`,
      color: 'orange',
      message: t('grantsPage.common.deleted', { name: funder.name }),
      undoLabel: t('grantsPage.common.undo'),
      onUndo: async (id) => {
        await funders.restore(funder.id);
        notifications.hide(id);
        notify(t, {
          color: 'teal',
          message: t('grantsPage.common.restored', { name: funder.name }),
        });
      },
    });
  };
  const afterClose = () => {
    setDialog(null);
    window.setTimeout(() => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) {
        newFunderButton.current?.focus();
      }
    }, 0);
  };

  return (
    <>
      <PageTitle>{t('ui.grants.title')}</PageTitle>
      <Group justify="space-between" mb="md">
        <Title order={2} size="h3">
          {t('grantsPage.grants.title')}
        </Title>
        <Button
          size="md"
          onClick={() => open({ kind: 'grant' })}
          disabled={liveFunders.length === 0}
        >
          {t('grantsPage.grants.newGrant')}
        </Button>
      </Group>
      {liveFunders.length === 0 && <Text mb="md">{t('grantsPage.funders.empty')}</Text>}
      <PagedTable
        caption={t('ui.grants.title')}
        rows={rows}
        rowKey={(g) => g.id}
        columns={[
          {
            key: 'name',
            header: t('ui.grants.name'),
            cell: (g: Grant) => (
              <Anchor component={Link} to={`/grants/${g.id}`}>
                {g.name}
              </Anchor>
            ),
          },
          {
            key: 'funder',
            hideWhenNarrow: true,
            header: t('ui.grants.funder'),
            cell: (g) => funderNames.get(g.funderId) ?? t('ui.common.none'),
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
            hideWhenNarrow: true,
            header: t('ui.grants.reportDue'),
            cell: (g) => (g.reportDue ? formatDate(g.reportDue, lang) : t('ui.common.none')),
          },
        ]}
      />

      <Group justify="space-between" mt="xl" mb="md">
        <Title order={2} size="h3">
          {t('grantsPage.funders.title')}
        </Title>
        <Button
          ref={newFunderButton}
          size="md"
          variant="outline"
          onClick={() => open({ kind: 'funder', id: null })}
        >
          {t('grantsPage.funders.newFunder')}
        </Button>
      </Group>
      <PagedTable
        caption={t('grantsPage.funders.title')}
        rows={liveFunders}
        rowKey={(f) => f.id}
        columns={[
          {
            key: 'name',
            header: t('grantsPage.funders.name'),
            cell: (f: Funder) => (
              <Anchor
                component="button"
                type="button"
                aria-haspopup="dialog"
                onClick={() => open({ kind: 'funder', id: f.id })}
                style={{ textAlign: 'start' }}
              >
                {f.name}
              </Anchor>
            ),
          },
          {
            key: 'type',
            header: t('grantsPage.funders.type'),
            cell: (f) => t(`grants.funderTypes.${f.type}`),
          },
          {
            key: 'contact',
            hideWhenNarrow: true,
            header: t('grantsPage.funders.contactPerson'),
            cell: (f) => f.contactPerson ?? f.email ?? t('ui.common.none'),
          },
          {
            key: 'newGrant',
            header: t('grantsPage.common.actions'),
            cell: (f) => (
              <Button
                size="compact-md"
                variant="subtle"
                aria-haspopup="dialog"
                aria-label={`${t('grantsPage.grants.newGrant')} ${f.name}`}
                onClick={() => open({ kind: 'grant', funderId: f.id })}
              >
                {t('grantsPage.grants.newGrant')}
              </Button>
            ),
          },
        ]}
      />

      <AppModal
        size="xl"
        opened={opened}
        onClose={() => setOpened(false)}
        onClosed={afterClose}
        title={
          dialog?.kind === 'grant'
            ? t('grantsPage.grants.newTitle')
            : t(editedFunder ? 'grantsPage.funders.editTitle' : 'grantsPage.funders.newTitle')
        }
      >
        {dialog?.kind === 'funder' && (dialog.id === null || editedFunder) && (
          <FunderForm
            key={dialog.id ?? 'new'}
            funder={editedFunder}
            onClose={() => setOpened(false)}
            onDelete={(f) => void removeFunder(f)}
          />
        )}
        {dialog?.kind === 'grant' && (
          <GrantForm
            funders={liveFunders}
            funderId={dialog.funderId}
            onClose={() => setOpened(false)}
            onCreated={(g) => void navigate(`/grants/${g.id}`)}
          />
        )}
      </AppModal>
    </>
  );
}
