import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The activity form's dialog. Like the shared AppModal (header as a <div>, not a
 * second "banner" landmark), plus `onClosed`: the page needs to know when the
 * dialog is gone, because the row that opened it may have left the list (ended
 * or deleted) and the focus must then land somewhere sensible, not on <body>.
 */
export function ActivityDialog({
  opened,
  onClose,
  onClosed,
  title,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  onClosed: () => void;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal.Root opened={opened} onClose={onClose} onExitTransitionEnd={onClosed} size="xl" centered>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title fw={700} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('ui.common.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
