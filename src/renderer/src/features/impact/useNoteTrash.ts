import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Repository } from '../../../../core/db';
import type { ImpactNote } from '../../../../core/schemas';
import { db } from '../../db';
import { notify, notifyWithUndo } from '../../shared/notify';

/** Move a note to the trash, with a notification whose button brings it back. */
export function useNoteTrash(): (note: ImpactNote) => Promise<void> {
  const { t } = useTranslation();
  return async (note) => {
    const repo = new Repository(db, 'impactNotes');
    await repo.softDelete(note.id);
    notifyWithUndo(t, {
      id: `impact-note-deleted-${note.id}`,
      color: 'orange',
      message: t('impactPage.deleted'),
      undoLabel: t('impactPage.undo'),
      onUndo: async (notificationId) => {
        await repo.restore(note.id);
        notifications.hide(notificationId);
        notify(t, { color: 'teal', message: t('impactPage.restored') });
      },
    });
  };
}
