import { Card, Group, Radio, Stack, Text, Title, useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  colorSchemes,
  parseTextSize,
  textSizes,
  type ColorSchemeChoice,
} from '../../../../core/appearance/textSize';
import { setTextSize, useTextSize } from '../../app/textSizeStore';

/**
 * Settings → Appearance: light, dark or the system's colours, and the text
 * size (100–150 %). Both are settings of this computer (localStorage), not of
 * the association's data; they apply at once.
 */
export function AppearanceSection() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const size = useTextSize();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-appearance">
      <Title order={2} size="h3" id="settings-appearance" mb="xs">
        {t('desktop.appearance.title')}
      </Title>
      <Text mb="md">{t('desktop.appearance.intro')}</Text>
      <Stack gap="lg">
        <Radio.Group
          label={t('desktop.appearance.theme')}
          value={colorScheme}
          onChange={(value) => {
            if ((colorSchemes as readonly string[]).includes(value)) {
              setColorScheme(value as ColorSchemeChoice);
            }
          }}
        >
          <Group mt="xs" gap="lg">
            {colorSchemes.map((scheme) => (
              <Radio key={scheme} value={scheme} label={t(`desktop.appearance.${scheme}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Radio.Group
          label={t('desktop.appearance.textSize')}
          description={t('desktop.appearance.textSizeHint')}
          value={String(size)}
          onChange={(value) => setTextSize(parseTextSize(value))}
        >
          <Group mt="xs" gap="lg">
            {textSizes.map((option) => (
              <Radio
                key={option}
                value={String(option)}
                label={t('desktop.appearance.textSizeValue', { size: option })}
              />
            ))}
          </Group>
        </Radio.Group>
      </Stack>
    </Card>
  );
}
