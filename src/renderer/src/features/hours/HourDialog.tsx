import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog of the hours page. Like the shared AppModal (header as a <div>, not a
 * second "banner" landmark), plus `onClosed`: the row whose button opened the
 * dialog may have left the filtered list, and the page must then put the focus
 * somewhere sensible instead of leaving it on <body>.
 */
export function HourDialog({
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
    <Modal.Root opened={opened} onClose={onClose} onExitTransitionEnd={onClosed} size="lg" centered>
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
