import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A centred dialog with a named close button. Its header is a <div>, not
 * Mantine's <header>, which would add a second "banner" landmark to the page.
 * `onClosed` runs once the dialog is gone: when the row whose button opened it
 * has left the list, the page puts the focus somewhere sensible, not on <body>.
 */
export function AppModal({
  opened,
  onClose,
  onClosed,
  title,
  size = 'lg',
  children,
}: {
  opened: boolean;
  onClose: () => void;
  onClosed?: () => void;
  title: string;
  size?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal.Root
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={onClosed}
      size={size}
      centered
    >
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
