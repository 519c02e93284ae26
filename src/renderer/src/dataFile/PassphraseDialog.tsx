import { Button, Group, PasswordInput, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecryptResult } from '../../../core/crypto/encryptedFile';
import { AppModal } from '../shared/AppModal';

type DecryptFailure = Extract<DecryptResult, { ok: false }>['code'];

/**
 * Asks for the passphrase of an encrypted file that was picked (or chosen
 * from the backups). `unlock` answers null when the file opened, or why it
 * did not; the dialog then stays, says why in the user's language, and the
 * user may try again or cancel. Nothing is restored from a file that fails.
 */
export function PassphraseDialog({
  fileName,
  unlock,
  onCancel,
}: {
  fileName: string | null;
  unlock: (passphrase: string) => Promise<DecryptFailure | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [error, setError] = useState<DecryptFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setValue('');
    setError(null);
    onCancel();
  };
  return (
    <AppModal opened={fileName !== null} onClose={close} title={t('encryption.unlockTitle')}>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (busy || value === '') return;
          setBusy(true);
          try {
            const failure = await unlock(value);
            setError(failure);
            if (!failure) setValue('');
          } finally {
            setBusy(false);
          }
        }}
      >
        <Text mb="md">{t('encryption.unlockText', { file: fileName ?? '' })}</Text>
        <PasswordInput
          label={t('encryption.passphrase')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={error ? t(`encryption.${error}`) : undefined}
          autoComplete="off"
          data-autofocus
          required
          mb="lg"
        />
        {busy && (
          <Text role="status" mb="sm">
            {t('encryption.opening')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('ui.common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('encryption.unlockButton')}
          </Button>
        </Group>
      </form>
    </AppModal>
  );
}
