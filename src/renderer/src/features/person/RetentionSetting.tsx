import { Button, Card, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Repository } from '../../../../core/db';
import {
  associationProfileSchema,
  DEFAULT_RETENTION_YEARS,
  type AssociationProfile,
} from '../../../../core/schemas';
import { db } from '../../db';
import { notify } from '../../shared/notify';
import { errorReason } from '../../shared/errorReason';

const retentionYears = associationProfileSchema.shape.retentionYears;

/**
 * The settings section for how many years a former member's data is kept
 * before the app suggests anonymising it (the profile's `retentionYears`).
 */
export function RetentionSetting({ profile }: { profile: AssociationProfile }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | string>(
    profile.retentionYears ?? DEFAULT_RETENTION_YEARS,
  );
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const parsed = retentionYears.safeParse(typeof value === 'number' ? value : Number.NaN);
    if (!parsed.success || parsed.data === undefined) {
      setError(t('personPrivacy.settings.invalid'));
      document.getElementById('settings-retention-years')?.focus();
      return;
    }
    setSaving(true);
    try {
      await new Repository(db, 'profile').update(profile.id, { retentionYears: parsed.data });
      setError(null);
      notify(t, {
        color: 'teal',
        message: t('personPrivacy.settings.saved', { count: parsed.data }),
      });
    } catch (e) {
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: t('personPrivacy.settings.failed', {
          error: errorReason(e),
        }),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-privacy">
      <Title order={2} size="h3" id="settings-privacy" mb="md">
        {t('personPrivacy.settings.title')}
      </Title>
      <Text mb="md">{t('personPrivacy.settings.intro')}</Text>
      <form
        noValidate
        // Mantine's error red (red-6) is 3.3:1 on white, under WCAG AA; red-9 is 5.9:1.
        style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack align="flex-start" gap="md">
          <NumberInput
            id="settings-retention-years"
            label={t('personPrivacy.settings.retention')}
            description={t('personPrivacy.settings.retentionHint', {
              count: DEFAULT_RETENTION_YEARS,
            })}
            value={value}
            onChange={(v) => {
              setValue(v);
              setError(null);
            }}
            min={1}
            max={100}
            step={1}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            error={error}
            maw={360}
          />
          <Button type="submit" size="md" loading={saving}>
            {t('personPrivacy.settings.save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
