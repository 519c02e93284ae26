import { Button, Group } from '@mantine/core';
import { notifications, type NotificationData } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

/**
 * Show a notification whose close button has a name. Mantine's has none, which
 * screen readers announce as just "button" and axe reports (button-name).
 */
export function notify(t: TFunction, data: NotificationData): string {
  return notifications.show({ ...data, closeButtonProps: { 'aria-label': t('ui.common.close') } });
}

/**
 * A notification of something just done, with a button that undoes it. It
 * stays 20 seconds (hovering pauses it): long enough to read and to reach the
 * button with the keyboard. `onUndo` gets the notification's id, to hide it
 * when the undo has worked.
 */
export function notifyWithUndo(
  t: TFunction,
  {
    id = `undo-${crypto.randomUUID()}`,
    color,
    message,
    undoLabel,
    onUndo,
  }: {
    id?: string;
    color: string;
    message: ReactNode;
    undoLabel: string;
    onUndo: (id: string) => void | Promise<void>;
  },
): string {
  return notify(t, {
    id,
    color,
    autoClose: 20_000,
    message: (
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <span>{message}</span>
        <Button size="compact-md" variant="outline" onClick={() => void onUndo(id)}>
          {undoLabel}
        </Button>
      </Group>
    ),
  });
}
