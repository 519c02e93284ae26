import { useTranslation } from 'react-i18next';
import type { ImpactNote } from '../../../../core/schemas';
import { useRecordTrash } from './useRecordTrash';

/** Move a note to the trash, with a notification whose button brings it back. */
export function useNoteTrash(): (note: ImpactNote) => Promise<void> {
  const { t } = useTranslation();
  const trash = useRecordTrash();
  return (note) =>
    trash('impactNotes', note.id, {
      removed: t('impactPage.deleted'),
      restored: t('impactPage.restored'),
      undo: t('impactPage.undo'),
    });
}
