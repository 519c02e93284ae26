import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { deleteBudgetLine, Repository } from '../../../../core/db';
import type { GrantBudgetLine, TableName } from '../../../../core/schemas';
import { db } from '../../db';
import { notify, notifyWithUndo } from '../../shared/notify';
import { looseT } from './RecordForm';

/**
 * Trash a payment, expense or budget line of a grant, with a notification whose
 * button brings it back; `onTrashed` runs once it is gone (it closes the dialog).
 */
export function useGrantPartTrash(onTrashed: () => void) {
  const { t } = useTranslation();
  const offerUndo = (table: TableName, rowId: string, name: string) =>
    notifyWithUndo(t, {
      id: `grant-part-deleted-${rowId}`,
      color: 'orange',
      message: t('grantsPage.common.deleted', { name }),
      undoLabel: t('grantsPage.common.undo'),
      onUndo: async (notificationId) => {
        await new Repository(db, table).restore(rowId);
        notifications.hide(notificationId);
        notify(t, { color: 'teal', message: t('grantsPage.common.restored', { name }) });
      },
    });
  const trash = async (table: TableName, rowId: string, name: string) => {
    await new Repository(db, table).softDelete(rowId);
    onTrashed();
    offerUndo(table, rowId, name);
  };
  // A line with expenses is refused by core, with why.
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
    onTrashed();
    offerUndo('grantBudgetLines', line.id, line.name);
  };
  return { trash, removeLine };
}
