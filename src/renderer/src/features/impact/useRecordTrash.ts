import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Repository } from '../../../../core/db';
import type { TableName } from '../../../../core/schemas';
import { db } from '../../db';
import { notify, notifyWithUndo } from '../../shared/notify';

/**
 * Move a record to the trash, with a notification whose button brings it
 * back: how the Impact page's notes, feedback forms, tallies and indicator
 * values are put right. `messages` are already in the user's language.
 */
export function useRecordTrash(): (
  table: TableName,
  id: string,
  messages: { removed: string; restored: string; undo: string },
) => Promise<void> {
  const { t } = useTranslation();
  return async (table, id, messages) => {
    const repo = new Repository(db, table);
    await repo.softDelete(id);
    notifyWithUndo(t, {
      id: `${table}-deleted-${id}`,
      color: 'orange',
      message: messages.removed,
      undoLabel: messages.undo,
      onUndo: async (notificationId) => {
        await repo.restore(id);
        notifications.hide(notificationId);
        notify(t, { color: 'teal', message: messages.restored });
      },
    });
  };
}
