import type { TFunction } from 'i18next';
import { HourEditError } from '../../../../core/hours';
import { notify } from '../../shared/notify';

/**
 * What an hour entry or meeting form does when saving fails: an approved record
 * asks for the name of who changes it (`askChanger`, then saved again); any
 * other failure is told in the user's language, with the typed values kept.
 */
export function handleHourSaveError(t: TFunction, e: unknown, askChanger: () => void): void {
  if (e instanceof HourEditError && e.code === 'changerRequired') {
    askChanger();
    return;
  }
  notify(t, {
    color: 'red',
    title: t('ui.common.error'),
    message:
      e instanceof HourEditError ? t(`hourEdit.errors.${e.code}`) : t('hourEdit.errors.failed'),
  });
}
