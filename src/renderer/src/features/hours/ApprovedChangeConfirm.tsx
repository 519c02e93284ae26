import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVER_NAME_MAX, HourEditError, normaliseChangerName } from '../../../../core/hours';
import { suggestedApprover } from './approverMemory';

/**
 * Asked before a change to approved hours is saved: the change clears the
 * approval, and the approval notes who made it. `onConfirm` gets the name.
 */
export function ApprovedChangeConfirm({
  text,
  saving,
  onConfirm,
  onBack,
}: {
  text: string;
  saving: boolean;
  onConfirm: (changedBy: string) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(() => suggestedApprover(undefined));
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const confirm = () => {
    try {
      // Not remembered as the approver: who corrects hours is not always who approves them.
      onConfirm(normaliseChangerName(name));
    } catch (e) {
      if (!(e instanceof HourEditError)) throw e;
      setError(t(`hourEdit.errors.${e.code}`));
      input.current?.focus();
    }
  };
  return (
    <Alert color="orange" mt="md">
      <Stack gap="sm">
        <Text size="md" fw={700}>
          {t('hourEdit.approved.title')}
        </Text>
        <Text size="md">{text}</Text>
        <TextInput
          ref={input}
          size="md"
          label={t('hourEdit.approved.name')}
          description={t('hourEdit.approved.nameHint')}
          required
          maxLength={APPROVER_NAME_MAX}
          autoComplete="name"
          value={name}
          error={error}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              confirm();
            }
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onBack} disabled={saving}>
            {t('hourEdit.approved.back')}
          </Button>
          <Button color="red" size="md" loading={saving} onClick={confirm}>
            {t('hourEdit.approved.confirm')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
