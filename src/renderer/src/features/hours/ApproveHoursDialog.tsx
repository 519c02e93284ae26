import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approveHours, approveHoursMatching } from '../../../../core/db';
import {
  APPROVER_NAME_MAX,
  ApprovalError,
  normaliseApproverName,
  type HourFilter,
} from '../../../../core/hours';
import { db } from '../../db';
import { notify } from '../../shared/notify';
import { rememberApprover, suggestedApprover } from './approverMemory';
import { AppModal } from '../../shared/AppModal';

/**
 * What is about to be approved, captured when the dialog opens: the listed
 * entries, or every entry still waiting that matches a filter of the list.
 */
export type ApprovalRequest = {
  /** How the dialog describes the entries, already in the user's language. */
  description: string;
} & ({ ids: string[] } | { filter: HourFilter });

const requestKey = (r: ApprovalRequest) => ('ids' in r ? r.ids.join() : JSON.stringify(r.filter));

/**
 * Ask who approves, then approve the requested hour entries in one
 * transaction. The name is offered from the last approval or the chair.
 */
export function ApproveHoursDialog({
  request,
  opened,
  chairName,
  onClose,
  onClosed,
}: {
  request: ApprovalRequest | null;
  opened: boolean;
  chairName: string | undefined;
  onClose: () => void;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} onClosed={onClosed} title={t('hourApproval.title')}>
      {request && (
        <ApproveForm
          key={requestKey(request)}
          request={request}
          chairName={chairName}
          onClose={onClose}
        />
      )}
    </AppModal>
  );
}

function ApproveForm({
  request,
  chairName,
  onClose,
}: {
  request: ApprovalRequest;
  chairName: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(() => suggestedApprover(chairName));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async () => {
    let approver: string;
    try {
      approver = normaliseApproverName(name);
    } catch (e) {
      if (!(e instanceof ApprovalError)) throw e;
      setError(t(`hourApproval.errors.${e.code}`));
      input.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const changed =
        'ids' in request
          ? await approveHours(db, request.ids, approver)
          : await approveHoursMatching(db, request.filter, approver);
      rememberApprover(approver);
      notify(t, {
        color: 'teal',
        message:
          changed.length > 0
            ? t('hourApproval.notify.approved', { count: changed.length })
            : t('hourApproval.notify.nothingToDo'),
      });
      onClose();
    } catch (e) {
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message:
          e instanceof ApprovalError
            ? t(`hourApproval.errors.${e.code}`)
            : t('hourApproval.notify.failed'),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Text>{request.description}</Text>
        <Text>{t('hourApproval.dialog.intro')}</Text>
        <TextInput
          ref={input}
          size="md"
          label={t('hourApproval.dialog.approver')}
          description={t('hourApproval.dialog.approverHint')}
          required
          maxLength={APPROVER_NAME_MAX}
          autoComplete="name"
          data-autofocus
          value={name}
          error={error}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(null);
          }}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" size="md" onClick={onClose} disabled={saving}>
            {t('hourApproval.dialog.cancel')}
          </Button>
          <Button type="submit" size="md" loading={saving}>
            {t('hourApproval.dialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
