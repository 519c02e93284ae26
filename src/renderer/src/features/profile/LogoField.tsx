import { Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../../../core/format';
import type { Language } from '../../../../core/schemas';
import { LOGO_MAX_BYTES, LOGO_MAX_SIDE } from '../../../../core/validators/image';
import {
  logoDataUrlProblem,
  logoFileProblem,
  logoFileTypes,
  type LogoUploadProblem,
} from '../../../../core/validators/logoUpload';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

type Notice = { kind: 'problem'; problem: LogoUploadProblem; name: string } | 'changed' | 'removed';

/**
 * The association's logo: a preview, a button to choose a PNG or JPEG and one
 * to remove it. A refused file changes nothing and says why; the new logo is
 * kept with the other details when they are saved.
 */
export function LogoField({
  value,
  language,
  onChange,
}: {
  value: string | undefined;
  language: Language;
  onChange: (logo: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const labelId = useId();
  const size = formatFileSize(LOGO_MAX_BYTES, language);

  const choose = async (file: File | null) => {
    if (!file) return;
    const early = logoFileProblem(file);
    if (early) {
      setNotice({ kind: 'problem', problem: early, name: file.name });
      return;
    }
    let dataUrl: string;
    try {
      dataUrl = await readAsDataUrl(file);
    } catch {
      setNotice({ kind: 'problem', problem: 'unreadable', name: file.name });
      return;
    }
    const problem = logoDataUrlProblem(dataUrl);
    if (problem) {
      setNotice({ kind: 'problem', problem, name: file.name });
      return;
    }
    onChange(dataUrl);
    setNotice('changed');
  };

  return (
    <Stack gap="xs" role="group" aria-labelledby={labelId}>
      <Text id={labelId} fw={700} size="sm">
        {t('profileDetails.logo')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('profileDetails.logoHelp', { size })}
      </Text>
      {value ? (
        <Image
          src={value}
          alt={t('profileDetails.preview')}
          h={64}
          w="auto"
          fit="contain"
          maw={240}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : (
        <Text size="sm">{t('profileDetails.noLogo')}</Text>
      )}
      <Group gap="sm">
        <FileButton onChange={(f) => void choose(f)} accept={logoFileTypes.join(',')}>
          {(props) => (
            <Button variant="default" {...props}>
              {value ? t('profileDetails.changeLogo') : t('profileDetails.chooseLogo')}
            </Button>
          )}
        </FileButton>
        {value && (
          <Button
            variant="subtle"
            color="red"
            onClick={() => {
              onChange(undefined);
              setNotice('removed');
            }}
          >
            {t('profileDetails.removeLogo')}
          </Button>
        )}
      </Group>
      <div role="status">
        {notice === 'changed' && <Text size="sm">{t('profileDetails.logoChanged')}</Text>}
        {notice === 'removed' && <Text size="sm">{t('profileDetails.logoRemoved')}</Text>}
      </div>
      <div role="alert">
        {notice && typeof notice === 'object' && (
          <Text size="sm" c="red.8">
            {t(`profileDetails.${notice.problem}`, {
              name: notice.name,
              size,
              side: LOGO_MAX_SIDE,
            })}
          </Text>
        )}
      </div>
    </Stack>
  );
}
