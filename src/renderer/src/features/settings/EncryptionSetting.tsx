import { Alert, Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../../../core/crypto/encryptedFile';
import {
  encryptionWanted,
  onPassphraseChanged,
  sessionPassphrase,
  setSessionPassphrase,
} from '../../backup/passphrase';
import { notify } from '../../shared/notify';

/**
 * The passphrase for exported data files and backups: asked twice, kept only
 * in memory until the app closes, never stored. After a restart Settings says
 * that files are saved unencrypted until it is given again.
 */
export function EncryptionSetting() {
  const { t } = useTranslation();
  const [on, setOn] = useState(() => sessionPassphrase() !== null);
  const [wanted, setWanted] = useState(encryptionWanted);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState<{ first?: string; second?: string }>({});
  useEffect(
    () =>
      onPassphraseChanged(() => {
        setOn(sessionPassphrase() !== null);
        setWanted(encryptionWanted());
      }),
    [],
  );

  const start = () => {
    if (passphraseProblem(first)) {
      setError({ first: t('encryption.tooShort', { min: MIN_PASSPHRASE_LENGTH }) });
      return;
    }
    if (first.normalize('NFC') !== second.normalize('NFC')) {
      setError({ second: t('encryption.mismatch') });
      return;
    }
    setError({});
    setFirst('');
    setSecond('');
    setSessionPassphrase(first);
    notify(t, { color: 'teal', message: t('encryption.started') });
  };

  return (
    <>
      <Title order={3} size="h4" mt="xl" mb="xs" id="settings-encryption">
        {t('encryption.title')}
      </Title>
      <Text mb="sm">{t('encryption.text')}</Text>
      {/* Mantine's Alert is role="alert" by default: this is a standing warning, not news. */}
      <Alert color="yellow" mb="md" role="note">
        {t('encryption.warning')}
      </Alert>
      {on ? (
        <Stack gap="sm" align="flex-start">
          <Text role="status">{t('encryption.on')}</Text>
          <Button
            variant="default"
            onClick={() => {
              setSessionPassphrase(null);
              notify(t, { color: 'teal', message: t('encryption.stopped') });
            }}
          >
            {t('encryption.stop')}
          </Button>
        </Stack>
      ) : (
        <form
          aria-labelledby="settings-encryption"
          onSubmit={(event) => {
            event.preventDefault();
            start();
          }}
        >
          {wanted && (
            <Alert color="orange" mb="md" role="alert">
              {t('encryption.afterRestart')}
            </Alert>
          )}
          <Stack gap="sm" maw={420}>
            <PasswordInput
              label={t('encryption.passphrase')}
              description={t('encryption.hint', { min: MIN_PASSPHRASE_LENGTH })}
              value={first}
              onChange={(e) => setFirst(e.currentTarget.value)}
              error={error.first}
              autoComplete="new-password"
            />
            <PasswordInput
              label={t('encryption.passphraseAgain')}
              value={second}
              onChange={(e) => setSecond(e.currentTarget.value)}
              error={error.second}
              autoComplete="new-password"
            />
            <Group>
              <Button type="submit">{t('encryption.start')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </>
  );
}
