import { Alert, Button, Group, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { type CSSProperties, memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveYearFeeAmounts, type YearFeeAmounts } from '../../../../core/db';
import type { FeeSchedule } from '../../../../core/fees';
import { editableEuros, formatMoney, readEuroField } from '../../../../core/format';
import { membershipTypes, type MembershipType } from '../../../../core/schemas';
import { db } from '../../db';
import { useLanguage } from '../../shared/useLanguage';
import { notify } from '../../shared/notify';
import { feeErrorText } from './feeErrorText';

type BilledType = Exclude<MembershipType, 'none'>;
const billedTypes = membershipTypes.filter((t): t is BilledType => t !== 'none');
const inputId = (type: BilledType) => `fee-amount-${type}`;

/** The schedule's amount line of one year and type, if any (no defaults, unlike feeAmount). */
const lineOf = (schedule: FeeSchedule, year: number, type: BilledType) =>
  schedule.find((l) => l.year === year && l.membershipType === type);

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * The fee amounts of one year per membership type, typed in euros and saved
 * into the profile. A year without amounts in the schedule but with fees
 * billed (fees made before the schedule was kept: an older file, the demo)
 * starts from the amounts billed (`billed`, see billedFeeAmounts), and says so.
 */
export const FeeScheduleSection = memo(function FeeScheduleSection({
  year,
  schedule,
  billed,
}: {
  year: number;
  schedule: FeeSchedule;
  billed: Partial<Record<BilledType, number>>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const initial = (from: number) =>
    Object.fromEntries(
      billedTypes.map((type) => {
        const line = lineOf(schedule, from, type);
        return [type, line ? editableEuros(line.amountCents, lang) : ''];
      }),
    ) as Record<BilledType, string>;
  const fromFees =
    !schedule.some((l) => l.year === year) &&
    billedTypes.some((type) => billed[type] !== undefined);
  const [values, setValues] = useState(() =>
    fromFees
      ? (Object.fromEntries(
          billedTypes.map((type) => {
            const cents = billed[type];
            return [type, cents === undefined ? '' : editableEuros(cents, lang)];
          }),
        ) as Record<BilledType, string>)
      : initial(year),
  );
  const [invalid, setInvalid] = useState<BilledType[]>([]);
  const [saving, setSaving] = useState(false);
  const hasPrevious = schedule.some((l) => l.year === year - 1);

  const save = async () => {
    const amounts: YearFeeAmounts = {};
    const wrong: BilledType[] = [];
    for (const type of billedTypes) {
      const parsed = readEuroField(values[type]);
      if (parsed.kind === 'invalid') wrong.push(type);
      else if (parsed.kind === 'cents') amounts[type] = parsed.cents;
    }
    setInvalid(wrong);
    if (wrong.length > 0) {
      const first = wrong[0]!;
      window.setTimeout(() => document.getElementById(inputId(first))?.focus(), 0);
      return;
    }
    setSaving(true);
    try {
      await saveYearFeeAmounts(db, year, amounts);
      notify(t, { color: 'teal', message: t('fees.schedule.saved', { year }) });
    } catch (e) {
      notify(t, { color: 'red', title: t('ui.common.error'), message: feeErrorText(t, e) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="fee-schedule-title">
      <Title order={2} size="h3" id="fee-schedule-title" mb="xs">
        {`${t('fees.schedule.title')} ${year}`}
      </Title>
      <Text mb="xs">{t('fees.schedule.intro')}</Text>
      <Text mb="md">{t('fees.schedule.help')}</Text>
      {fromFees && (
        <Alert mb="md" color="blue" maw={900}>
          {t('fees.schedule.fromFees', { year })}
        </Alert>
      )}
      <form
        noValidate
        // Mantine's error red (red-6) is under WCAG AA contrast on white; red-9 is 5.9:1.
        style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" maw={900}>
          {billedTypes.map((type) => {
            const previous = lineOf(schedule, year - 1, type);
            return (
              <TextInput
                key={type}
                id={inputId(type)}
                size="md"
                inputMode="decimal"
                autoComplete="off"
                label={t('fees.schedule.amountFor', {
                  type: capitalise(t(`fees.types.${type}`)),
                })}
                description={
                  previous
                    ? t('fees.schedule.previous', {
                        year: year - 1,
                        amount: formatMoney(previous.amountCents, lang),
                      })
                    : undefined
                }
                value={values[type]}
                error={invalid.includes(type) ? t('fees.schedule.invalidAmount') : undefined}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setValues((v) => ({ ...v, [type]: value }));
                  setInvalid((list) => list.filter((x) => x !== type));
                }}
              />
            );
          })}
        </SimpleGrid>
        <Text size="sm" mt="sm" c="dimmed">
          {t('fees.schedule.honoraryNote')}
        </Text>
        {invalid.length > 0 && (
          <Alert mt="md" color="red" role="alert" maw={900}>
            {t('fees.schedule.fixErrors')}
          </Alert>
        )}
        <Group mt="md">
          <Button type="submit" size="md" loading={saving}>
            {t('fees.schedule.save')}
          </Button>
          {hasPrevious && (
            <Button
              size="md"
              variant="default"
              onClick={() => {
                setValues(initial(year - 1));
                setInvalid([]);
              }}
            >
              {t('fees.schedule.copyPrevious', { year: year - 1 })}
            </Button>
          )}
        </Group>
      </form>
    </section>
  );
});
