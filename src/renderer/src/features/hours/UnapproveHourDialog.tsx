import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unapproveHours } from '../../../../core/db';
import { db } from '../../db';
import { notify } from '../../shared/notify';
import { AppModal } from '../../shared/AppModal';

/** The entry whose approval is to be undone, with its words for the user. */
export type UnapproveRequest = {
  id: string;
  person: string;
  date: string;
  duration: string;
};

/** Confirm, then undo the approval of one hour entry. */
export function UnapproveHourDialog({
  request,
  opened,
  onClose,
  onClosed,
}: {
  request: UnapproveRequest | null;
  opened: boolean;
  onClose: () => void;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);

  const confirm = async (r: UnapproveRequest) => {
    setSaving(true);
    try {
      await unapproveHours(db, [r.id]);
      notify(t, {
        color: 'teal',
        message: t('hourApproval.notify.unapproved', { person: r.person, date: r.date }),
      });
      onClose();
    } catch {
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: t('hourApproval.notify.failed'),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      onClosed={onClosed}
      title={t('hourApproval.unapprove.title')}
    >
      {request && (
        <Stack gap="md">
          <Text>{t('hourApproval.unapprove.text', request)}</Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" size="md" onClick={onClose} disabled={saving} data-autofocus>
              {t('hourApproval.unapprove.keep')}
            </Button>
            <Button color="red" size="md" loading={saving} onClick={() => void confirm(request)}>
              {t('hourApproval.unapprove.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
