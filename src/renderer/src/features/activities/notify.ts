import { notifications, type NotificationData } from '@mantine/notifications';
import type { TFunction } from 'i18next';

/**
 * Show a notification whose close button has a name. Mantine's has none, which
 * screen readers announce as just "button" and axe reports (button-name).
 */
export function notify(t: TFunction, data: NotificationData): string {
  return notifications.show({ ...data, closeButtonProps: { 'aria-label': t('ui.common.close') } });
}
