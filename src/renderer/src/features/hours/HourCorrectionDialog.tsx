import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  hourEntryForEdit,
  restoreHourEntry,
  restoreSession,
  sessionForEdit,
  trashHourEntry,
  trashSession,
} from '../../../../core/db';
import { formatDate } from '../../../../core/format';
import type { Activity, HourEntry, Person, Session } from '../../../../core/schemas';
import { db } from '../../db';
import { AppModal } from '../../shared/AppModal';
import { notify, notifyWithUndo } from '../../shared/notify';
import { useLanguage } from '../../shared/useLanguage';
import { HourEditForm } from './HourEditForm';
import { hourRowWords } from './hourRowWords';
import { SessionLogForm } from './SessionLogForm';

/** The hour entry or meeting open for correction. */
export type HourCorrectionTarget = { entryId?: string; sessionId?: string };

type Props = {
  editing: HourCorrectionTarget | null;
  opened: boolean;
  people: readonly Person[];
  activities: readonly Activity[];
  onClose: () => void;
  onClosed: () => void;
  /** From an entry to the meeting it was logged with. */
  onOpen: (target: HourCorrectionTarget) => void;
};

/**
 * Correct or trash one hour entry or a whole meeting. The record is read live,
 * so a change made elsewhere (or its trashing) shows in the dialog.
 */
export function HourCorrectionDialog({
  editing,
  opened,
  people,
  activities,
  onClose,
  onClosed,
  onOpen,
}: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const editedEntry = useLiveQuery(
    async () => ({
      id: editing?.entryId,
      found: editing?.entryId ? await hourEntryForEdit(db, editing.entryId) : null,
    }),
    [editing?.entryId],
  );
  const editedSession = useLiveQuery(
    async () => ({
      id: editing?.sessionId,
      found: editing?.sessionId ? await sessionForEdit(db, editing.sessionId) : null,
    }),
    [editing?.sessionId],
  );
  const entryEdit =
    editing?.entryId && editedEntry?.id === editing.entryId ? editedEntry : undefined;
  const sessionEdit =
    editing?.sessionId && editedSession?.id === editing.sessionId ? editedSession : undefined;

  const trashEntry = async (h: HourEntry, person: string) => {
    const words = hourRowWords(h, person, lang);
    await trashHourEntry(db, h.id);
    onClose();
    notifyWithUndo(t, {
      color: 'orange',
      message: t('hourEdit.entry.trashed', words),
      undoLabel: t('hourEdit.entry.undo'),
      onUndo: async (id) => {
        await restoreHourEntry(db, h.id);
        notifications.hide(id);
        notify(t, { color: 'teal', message: t('hourEdit.entry.restored', words) });
      },
    });
  };
  const trashMeeting = async (session: Session) => {
    const date = formatDate(session.date, lang);
    const { entries } = await trashSession(db, session.id);
    onClose();
    notifyWithUndo(t, {
      color: 'orange',
      message: t('hourEdit.session.trashed', { count: entries, date }),
      undoLabel: t('hourEdit.entry.undo'),
      onUndo: async (id) => {
        await restoreSession(db, session.id);
        notifications.hide(id);
        notify(t, { color: 'teal', message: t('hourEdit.session.restored', { date }) });
      },
    });
  };

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      onClosed={onClosed}
      title={t(editing?.sessionId ? 'hourEdit.session.title' : 'hourEdit.entry.title')}
      size="xl"
    >
      {editing?.entryId &&
        entryEdit &&
        (entryEdit.found ? (
          <HourEditForm
            key={entryEdit.found.entry.id}
            entry={entryEdit.found.entry}
            personName={entryEdit.found.person ?? t('ui.common.none')}
            people={people}
            activities={activities}
            onClose={onClose}
            onTrash={(h) => void trashEntry(h, entryEdit.found?.person ?? t('ui.common.none'))}
            onOpenSession={(sessionId) => onOpen({ sessionId })}
          />
        ) : (
          <Text>{t('hourEdit.entry.gone')}</Text>
        ))}
      {editing?.sessionId &&
        sessionEdit &&
        (sessionEdit.found ? (
          <SessionLogForm
            key={sessionEdit.found.session.id}
            people={people}
            activities={activities}
            editing={sessionEdit.found}
            onDone={onClose}
            onTrash={(session) => void trashMeeting(session)}
          />
        ) : (
          <Text>{t('hourEdit.session.gone')}</Text>
        ))}
    </AppModal>
  );
}
