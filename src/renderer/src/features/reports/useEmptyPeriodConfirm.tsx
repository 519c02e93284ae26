import { Button, Group, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isEmptyPeriod, periodRecordCounts } from '../../../../core/db';
import type { Period } from '../../../../core/figures';
import { formatDate } from '../../../../core/format';
import { db } from '../../db';
import { AppModal } from '../../shared/AppModal';
import { useLanguage } from '../../shared/useLanguage';

/**
 * Before a report of a period with nothing recorded (no hours, sessions, or
 * members joining or leaving) is made, the user is told so and asked: an
 * all-zero annual summary is almost always the wrong year, not the wanted PDF.
 * `confirmFirst(period, go)` runs `go` at once when the period has records,
 * else after "Make the PDF anyway"; `dialog` is the question, to render.
 */
export function useEmptyPeriodConfirm(): {
  confirmFirst: (period: Period, go: () => Promise<void>) => Promise<void>;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [pending, setPending] = useState<{ period: Period; go: () => Promise<void> } | null>(null);
  const confirmFirst = async (period: Period, go: () => Promise<void>) => {
    if (isEmptyPeriod(await periodRecordCounts(db, period))) setPending({ period, go });
    else await go();
  };
  const dialog = (
    <AppModal
      opened={pending !== null}
      onClose={() => setPending(null)}
      title={t('dateField.emptyPeriod.title')}
      size="md"
    >
      <Text mb="lg">
        {pending &&
          t('dateField.emptyPeriod.body', {
            period: `${formatDate(pending.period.from, lang)}–${formatDate(pending.period.to, lang)}`,
          })}
      </Text>
      <Group>
        <Button
          size="md"
          data-autofocus
          onClick={() => {
            const go = pending?.go;
            setPending(null);
            void go?.();
          }}
        >
          {t('dateField.emptyPeriod.make')}
        </Button>
        <Button size="md" variant="default" onClick={() => setPending(null)}>
          {t('dateField.emptyPeriod.cancel')}
        </Button>
      </Group>
    </AppModal>
  );
  return { confirmFirst, dialog };
}
