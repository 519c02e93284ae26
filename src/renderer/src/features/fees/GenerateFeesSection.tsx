import { Alert, Button, Group, Text, Title } from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createYearFees } from '../../../../core/db';
import {
  defaultDueOn,
  generateYearFees,
  missingFeeAmounts,
  type FeeSchedule,
} from '../../../../core/fees';
import { formatDate, todayIso } from '../../../../core/format';
import { isCalendarDate, type Dataset } from '../../../../core/schemas';
import { db } from '../../db';
import { AppModal } from '../../shared/AppModal';
import { useLanguage } from '../../shared/useLanguage';
import { notify } from '../../shared/notify';
import { DateField } from '../../shared/DateField';
import { feeErrorText, typeNames } from './feeErrorText';

/**
 * Bill the year: how many members a run would bill, which membership types
 * still lack an amount, and the run itself (after a confirmation).
 */
export const GenerateFeesSection = memo(function GenerateFeesSection({
  data,
  year,
  schedule,
  today,
}: {
  /** The people and the live fees of `year`: all that a billing run's count depends on. */
  data: Pick<Dataset, 'people' | 'fees'>;
  year: number;
  schedule: FeeSchedule;
  today: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [dueOn, setDueOn] = useState(() => defaultDueOn(year, todayIso()));
  const [dueError, setDueError] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [running, setRunning] = useState(false);

  const missing = useMemo(
    () => missingFeeAmounts(data, year, schedule, today),
    [data, year, schedule, today],
  );
  // The very computation the run makes, without writing: its length is the number billed.
  const toBill = useMemo(
    () =>
      missing.length > 0
        ? undefined
        : generateYearFees(data, year, schedule, { today, dueOn: `${year}-12-31` }).length,
    [data, year, schedule, today, missing],
  );

  const start = () => {
    if (!isCalendarDate(dueOn)) {
      setDueError(true);
      document.getElementById('fee-due-on')?.focus();
      return;
    }
    if (toBill === 0) {
      notify(t, { color: 'teal', message: t('fees.generate.nothingToDo', { year }) });
      return;
    }
    if (toBill === undefined) {
      // Let the core refuse, so the message is the one FeeError gives.
      void run();
      return;
    }
    setConfirming(true);
  };

  const run = async () => {
    setRunning(true);
    try {
      const created = await createYearFees(db, year, { today: todayIso(), dueOn });
      setConfirming(false);
      notify(t, {
        color: 'teal',
        message:
          created.length > 0
            ? t('fees.generate.done', { count: created.length, year })
            : t('fees.generate.nothingToDo', { year }),
      });
    } catch (e) {
      setConfirming(false);
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: t('fees.generate.failed', { error: feeErrorText(t, e) }),
      });
    } finally {
      setRunning(false);
    }
  };

  return (
    <section aria-labelledby="fee-generate-title">
      <Title order={2} size="h3" id="fee-generate-title" mt="xl" mb="xs">
        {`${t('fees.generate.title')} ${year}`}
      </Title>
      <Text mb="md" maw={900}>
        {t('fees.generate.intro')}
      </Text>
      {missing.length > 0 ? (
        <Alert color="orange" mb="md" maw={900}>
          {t('fees.errors.noAmount', { membershipType: typeNames(t, missing) })}
        </Alert>
      ) : (
        <Text mb="md" fw={700}>
          {toBill === 0
            ? t('fees.generate.nothingToDo', { year })
            : t('fees.generate.willBill', { count: toBill ?? 0 })}
        </Text>
      )}
      <Group align="flex-end">
        <DateField
          id="fee-due-on"
          size="md"
          label={t('fees.generate.dueOn')}
          value={dueOn}
          error={dueError ? t('fees.errors.badDate', { value: dueOn }) : undefined}
          onChange={(v) => {
            setDueOn(v);
            setDueError(false);
          }}
        />
        <Button size="md" onClick={start} loading={running && !confirming}>
          {t('fees.generate.button')}
        </Button>
      </Group>
      <AppModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('fees.generate.confirmTitle')}
        size="md"
      >
        <Text mb="lg">
          {t('fees.generate.confirmText', {
            count: toBill ?? 0,
            year,
            dueOn: isCalendarDate(dueOn) ? formatDate(dueOn, lang) : dueOn,
          })}
        </Text>
        <Group>
          <Button size="md" onClick={() => void run()} loading={running} data-autofocus>
            {t('fees.generate.button')}
          </Button>
          <Button size="md" variant="default" onClick={() => setConfirming(false)}>
            {t('ui.common.cancel')}
          </Button>
        </Group>
      </AppModal>
    </section>
  );
});
