import { Anchor, Button, Group, Radio } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  activityFiguresOfPeriod,
  allActivities,
  allGrants,
  currentProfile,
  Repository,
} from '../../../../core/db';
import { yearPeriod } from '../../../../core/figures';
import { formatDate, formatInteger, formatMinutes, todayIso } from '../../../../core/format';
import type { Activity } from '../../../../core/schemas';
import { db } from '../../db';
import { PageTitle } from '../../shared/PageTitle';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import { ActivityForm } from './ActivityForm';
import { notify, notifyWithUndo } from '../../shared/notify';
import {
  activityStatusFilters,
  matchesStatus,
  type ActivityStatusFilter,
} from '../../../../core/activities';
import { AppModal } from '../../shared/AppModal';
import { Loading } from '../../shared/Loading';

/** Which activity the dialog shows: `id` null for a new one. */
type Editing = { id: string | null };

const activityButtonSelector = (id: string) => `[data-activity-id="${CSS.escape(id)}"]`;

/** The association's activities with this year's figures; each opens for editing. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  // Activities (trash included: an activity being deleted stays in its closing dialog).
  const activities = useLiveQuery(() => allActivities(db), []);
  // This year's figures per activity, from the rollups.
  const yearFigures = useLiveQuery(
    () => activityFiguresOfPeriod(db, yearPeriod(year, today)),
    [year, today],
  );
  // What the form offers: the grants to link and the profile's home municipality.
  const formTables = useLiveQuery(async () => {
    const [grants, profile] = await Promise.all([allGrants(db), currentProfile(db)]);
    return { grants, profile: profile ? [profile] : [] };
  }, []);
  const [filter, setFilter] = useState<ActivityStatusFilter>('active');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [opened, setOpened] = useState(false);
  // An activity whose row should get the focus once it is back in the list (after "Undo").
  const focusRow = useRef<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  // Runs when the data changes, i.e. also right after the restored row is back.
  useEffect(() => {
    if (!focusRow.current) return;
    const button = document.querySelector<HTMLElement>(activityButtonSelector(focusRow.current));
    if (button) {
      button.focus();
      focusRow.current = null;
    }
  }, [activities]);

  if (!activities || !yearFigures || !formTables) {
    return <Loading />;
  }
  const figures = new Map(yearFigures.map((f) => [f.activityId, f]));
  const rows = activities
    .filter((a) => !a.deletedAt && matchesStatus(a, filter, today))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const current = editing?.id ? activities.find((a) => a.id === editing.id) : undefined;

  const open = (id: string | null) => {
    setEditing({ id });
    setOpened(true);
  };
  // Mantine puts the focus back on the button that opened the dialog; if that row
  // has just left the list (ended or deleted), "New activity" takes the focus instead,
  // and if the focus was lost while the row is still listed, the row gets it back.
  // The dialog's closing transition and the list's re-read both take a moment,
  // so this waits (up to two seconds) until the focus has left the dialog.
  const afterClose = () => {
    const editedId = editing?.id;
    setEditing(null);
    const started = Date.now();
    const check = () => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) {
        // The focus was lost (the list re-drew, or the row left it): back to the edited row
        // while it is still listed, watching it a little longer; else to "New activity".
        const row = editedId
          ? document.querySelector<HTMLElement>(activityButtonSelector(editedId))
          : null;
        (row ?? newButton.current)?.focus();
        if (row && Date.now() - started < 2000) window.setTimeout(check, 50);
      } else if (
        Date.now() - started < 2000 &&
        (active.closest('[role="dialog"]') ||
          (editedId && active.matches(activityButtonSelector(editedId))))
      ) {
        // Still in the closing dialog, or on the edited row, which may be about to leave.
        window.setTimeout(check, 50);
      }
    };
    window.setTimeout(check, 0);
  };

  const repository = new Repository(db, 'activities');
  const undoDelete = async (activity: Activity, notificationId: string) => {
    await repository.restore(activity.id);
    notifications.hide(notificationId);
    notify(t, {
      color: 'teal',
      message: t('activityEditor.restored', { name: activity.name }),
    });
    focusRow.current = activity.id;
  };
  const remove = async (activity: Activity) => {
    await repository.softDelete(activity.id);
    setOpened(false);
    notifyWithUndo(t, {
      id: `activity-deleted-${activity.id}`,
      color: 'orange',
      message: t('activityEditor.deleted', { name: activity.name }),
      undoLabel: t('activityEditor.undo'),
      onUndo: (id) => undoDelete(activity, id),
    });
  };

  return (
    <>
      <PageTitle>{t('ui.activities.title')}</PageTitle>
      <Group justify="space-between" align="flex-end" mb="md">
        <Radio.Group
          label={t('activityEditor.filter.label')}
          value={filter}
          onChange={(v) => setFilter(v as ActivityStatusFilter)}
        >
          <Group mt="xs">
            {activityStatusFilters.map((f) => (
              <Radio key={f} value={f} label={t(`activityEditor.filter.${f}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Button ref={newButton} size="md" onClick={() => open(null)}>
          {t('activityEditor.newActivity')}
        </Button>
      </Group>
      <AppModal
        size="xl"
        opened={opened}
        onClose={() => setOpened(false)}
        onClosed={afterClose}
        title={t(current ? 'activityEditor.editTitle' : 'activityEditor.newTitle')}
      >
        {editing && (editing.id === null || current) && (
          <ActivityForm
            key={editing.id ?? 'new'}
            activity={current}
            data={{ ...formTables, activities }}
            onClose={() => setOpened(false)}
            onDelete={(a) => void remove(a)}
          />
        )}
      </AppModal>
      <PagedTable
        caption={`${t('ui.activities.title')}: ${t(`activityEditor.filter.${filter}`)}`}
        rows={rows}
        rowKey={(a) => a.id}
        columns={[
          {
            key: 'name',
            header: t('ui.activities.name'),
            cell: (a) => (
              <Anchor
                component="button"
                type="button"
                aria-haspopup="dialog"
                data-activity-id={a.id}
                onClick={() => open(a.id)}
                style={{ textAlign: 'start' }}
              >
                {a.name}
              </Anchor>
            ),
          },
          {
            key: 'type',
            header: t('ui.activities.type'),
            cell: (a) => t(`ui.activities.types.${a.type}`),
          },
          {
            key: 'municipality',
            header: t('ui.activities.municipality'),
            cell: (a) => a.municipality ?? t('ui.common.none'),
          },
          ...(filter === 'active'
            ? []
            : [
                {
                  key: 'endedOn',
                  header: t('activityEditor.endedColumn'),
                  cell: (a: Activity) =>
                    a.endedOn ? formatDate(a.endedOn, lang) : t('ui.common.none'),
                },
              ]),
          {
            key: 'sessions',
            header: t('ui.activities.sessions'),
            numeric: true,
            cell: (a) => formatInteger(figures.get(a.id)?.sessions ?? 0, lang),
          },
          {
            key: 'participants',
            header: t('ui.activities.participants'),
            numeric: true,
            cell: (a) => formatInteger(figures.get(a.id)?.participants ?? 0, lang),
          },
          {
            key: 'hours',
            header: t('ui.activities.volunteerHours'),
            numeric: true,
            cell: (a) => formatMinutes(figures.get(a.id)?.volunteerMinutes ?? 0, lang),
          },
        ]}
      />
    </>
  );
}
