import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney, safeFileName } from '../../../../core/format';
import {
  defaultInvoiceDueOn,
  feesToInvoice,
  invoiceBatch,
  invoiceCsv,
  InvoiceError,
  invoiceKinds,
  invoiceSummary,
  payeeOf,
  referenceForms,
  type InvoiceKind,
  type ReferenceForm,
} from '../../../../core/invoices';
import {
  isCalendarDate,
  membershipTypes,
  type AssociationProfile,
  type Dataset,
  type MembershipType,
} from '../../../../core/schemas';
import { notifyInvoiceFailure, saveInvoices } from './saveInvoices';
import { saveFile } from '../../platform';
import { DateField } from '../../shared/DateField';
import { notify } from '../../shared/notify';
import { useLanguage } from '../../shared/useLanguage';

/** Why the profile cannot invoice yet (no IBAN, a foreign one), or null. */
function payeeProblem(profile: AssociationProfile | undefined): InvoiceError | null {
  try {
    payeeOf(profile);
    return null;
  } catch (e) {
    if (e instanceof InvoiceError) return e;
    throw e;
  }
}

/**
 * Invoices and payment reminders for the year's unpaid fees: one PDF, one
 * page a member, with the bank barcode and the EPC QR code. Saving it records
 * the invoice date (or the reminder's) on each fee printed.
 */
export const InvoiceSection = memo(function InvoiceSection({
  data,
  profile,
  year,
  today,
}: {
  data: Pick<Dataset, 'people' | 'fees'>;
  profile: AssociationProfile | undefined;
  year: number;
  today: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [kind, setKind] = useState<InvoiceKind>('invoice');
  const [onlyNew, setOnlyNew] = useState(true);
  const [membership, setMembership] = useState<MembershipType | ''>('');
  const [referenceForm, setReferenceForm] = useState<ReferenceForm>('domestic');
  const [dueOn, setDueOn] = useState(() => defaultInvoiceDueOn(today));
  const [dueError, setDueError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const fees = useMemo(
    () =>
      feesToInvoice(data.fees, {
        kind,
        today,
        onlyNew,
        people: data.people,
        ...(membership ? { membership } : {}),
      }),
    [data.fees, data.people, kind, today, onlyNew, membership],
  );
  const summary = invoiceSummary(fees);
  const problem = payeeProblem(profile);
  const errorText = (e: InvoiceError) => t(`invoices.errors.${e.code}` as never, e.params);

  /** The run as chosen, or null after saying why it cannot be made. */
  const batchOrNull = () => {
    if (!isCalendarDate(dueOn) || dueOn < today) {
      setDueError(t('invoices.errors.badDueDate'));
      document.getElementById('invoice-due-on')?.focus();
      return null;
    }
    try {
      return invoiceBatch(
        { profile, people: data.people, fees },
        { kind, issuedOn: today, dueOn, referenceForm },
      );
    } catch (e) {
      failed(e);
      return null;
    }
  };
  const failed = (e: unknown) => notifyInvoiceFailure(t, e);

  const saveCsv = async () => {
    const batch = batchOrNull();
    if (!batch) return;
    try {
      const result = await saveFile(
        safeFileName([t('invoices.csvFileName', { year }), today], 'csv'),
        invoiceCsv(batch, data.people, lang),
        [{ name: 'CSV', extensions: ['csv'] }],
        'text/csv',
      );
      if (result.saved)
        notify(t, { color: 'green', message: t('invoices.savedCsv', { name: result.name }) });
    } catch (e) {
      failed(e);
    }
  };

  const make = async () => {
    const batch = batchOrNull();
    if (!batch) return;
    setProgress(0);
    try {
      await saveInvoices(t, lang, batch, setProgress);
    } catch (e) {
      failed(e);
    } finally {
      setProgress(null);
    }
  };

  return (
    <section aria-labelledby="invoices-title">
      <Title order={2} size="h3" id="invoices-title" mt="xl" mb="xs">
        {`${t('invoices.title')} ${year}`}
      </Title>
      <Text mb="md" maw={900}>
        {t('invoices.intro')}
      </Text>
      {problem ? (
        <Alert color="orange" mb="md" maw={900}>
          {errorText(problem)}{' '}
          <Anchor component={Link} to="/settings">
            {t('ui.nav.settings')}
          </Anchor>
        </Alert>
      ) : (
        <Stack gap="md" maw={900}>
          <Radio.Group
            label={t('invoices.kind')}
            value={kind}
            onChange={(v) => setKind(v as InvoiceKind)}
          >
            <Group mt="xs">
              {invoiceKinds.map((k) => (
                <Radio key={k} value={k} label={t(`invoices.kinds.${k}`)} size="md" />
              ))}
            </Group>
          </Radio.Group>
          <NativeSelect
            size="md"
            w={320}
            label={t('invoices.membership')}
            value={membership}
            onChange={(e) => setMembership(e.currentTarget.value as MembershipType | '')}
            data={[
              { value: '', label: t('invoices.allMemberships') },
              ...membershipTypes
                .filter((m) => m !== 'none')
                .map((m) => ({
                  value: m,
                  label: t(`memberList.personData.membershipTypes.${m}`),
                })),
            ]}
          />
          <Checkbox
            size="md"
            label={t('invoices.onlyNotInvoiced')}
            checked={onlyNew}
            onChange={(e) => setOnlyNew(e.currentTarget.checked)}
          />
          <Radio.Group
            label={t('invoices.referenceForm')}
            value={referenceForm}
            onChange={(v) => setReferenceForm(v as ReferenceForm)}
          >
            <Group mt="xs">
              {referenceForms.map((f) => (
                <Radio key={f} value={f} label={t(`invoices.referenceForms.${f}`)} size="md" />
              ))}
            </Group>
          </Radio.Group>
          <Group align="flex-end">
            <DateField
              id="invoice-due-on"
              size="md"
              label={t('invoices.dueOn')}
              value={dueOn}
              min={today}
              error={dueError ?? undefined}
              onChange={(v) => {
                setDueOn(v);
                setDueError(null);
              }}
            />
            <Button
              size="md"
              onClick={() => void make()}
              loading={progress !== null}
              disabled={summary.count === 0}
            >
              {t('invoices.save')}
            </Button>
            <Button
              size="md"
              variant="default"
              onClick={() => void saveCsv()}
              disabled={summary.count === 0}
            >
              {t('invoices.saveCsv')}
            </Button>
          </Group>
          <Text role="status" fw={700}>
            {summary.count === 0
              ? t('invoices.none')
              : t('invoices.count', {
                  count: summary.count,
                  total: formatMoney(summary.totalCents, lang),
                })}
          </Text>
        </Stack>
      )}
    </section>
  );
});
