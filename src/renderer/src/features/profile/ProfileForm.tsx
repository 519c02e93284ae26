import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm, schemaResolver } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  associationProfileSchema,
  postalCodeEntry,
  DEFAULT_HOUR_VALUE_CENTS,
  DEFAULT_HOUR_VALUE_SOURCE,
  type AssociationProfile,
  type Language,
} from '../../../../core/schemas';
import type { RecordInput } from '../../../../core/db';
import { fiscalYearStartMonthOptions } from '../../../../core/dates';
import { editableEuros, readEuroField } from '../../../../core/format';
import { normalizeIban } from '../../../../core/validators/iban';
import { LogoField } from './LogoField';

const maxHourValueCents = 1000_00;

/** The form's fields: what the person types, before conversion to a record. */
const profileFormSchema = associationProfileSchema
  .pick({
    name: true,
    businessId: true,
    registerNumber: true,
    homeMunicipality: true,
    wellbeingCounty: true,
    streetAddress: true,
    postalCode: true,
    postOffice: true,
    email: true,
    phone: true,
    website: true,
    iban: true,
    bic: true,
    chairName: true,
    treasurerName: true,
    hourValueSource: true,
    defaultLanguage: true,
  })
  .extend({
    // Typed as text and read by the one euro parser, like every amount field.
    hourValueEuros: z.string().superRefine((text, ctx) => {
      const read = readEuroField(text);
      const message =
        read.kind === 'empty'
          ? 'required'
          : read.kind === 'invalid'
            ? 'amount'
            : read.cents > maxHourValueCents
              ? 'too_big'
              : undefined;
      if (message) ctx.addIssue({ code: 'custom', message });
    }),
    postalCode: postalCodeEntry,
    // The Select's value: the month number as text.
    fiscalYearStartMonth: z.string().regex(/^([1-9]|1[0-2])$/),
  });

type FormValues = z.input<typeof profileFormSchema>;

/** The validated hour value field as cents (the schema above has already refused anything else). */
function hourValueCents(text: string): number {
  const read = readEuroField(text);
  return read.kind === 'cents' ? read.cents : DEFAULT_HOUR_VALUE_CENTS;
}
export type ProfileInput = RecordInput<'profile'>;

function toValues(p: Partial<AssociationProfile> | undefined, lang: Language): FormValues {
  return {
    name: p?.name ?? '',
    businessId: p?.businessId ?? '',
    registerNumber: p?.registerNumber ?? '',
    homeMunicipality: p?.homeMunicipality ?? '',
    wellbeingCounty: p?.wellbeingCounty ?? '',
    streetAddress: p?.streetAddress ?? '',
    postalCode: p?.postalCode ?? '',
    postOffice: p?.postOffice ?? '',
    email: p?.email ?? '',
    phone: p?.phone ?? '',
    website: p?.website ?? '',
    iban: p?.iban ?? '',
    bic: p?.bic ?? '',
    chairName: p?.chairName ?? '',
    treasurerName: p?.treasurerName ?? '',
    hourValueEuros: editableEuros(p?.hourValueCents ?? DEFAULT_HOUR_VALUE_CENTS, lang),
    hourValueSource: p?.hourValueSource ?? DEFAULT_HOUR_VALUE_SOURCE,
    defaultLanguage: p?.defaultLanguage ?? lang,
    fiscalYearStartMonth: String(p?.fiscalYearStartMonth ?? 1),
  };
}

/** The association's basic details; used on first run and in Settings. */
export function ProfileForm({
  profile,
  language,
  submitLabel,
  onSubmit,
}: {
  profile?: AssociationProfile;
  language: Language;
  submitLabel: string;
  onSubmit: (input: ProfileInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  // The logo lives beside the form's text fields: it is chosen, not typed.
  const [logo, setLogo] = useState<string | undefined>(profile?.logoDataUrl);
  const form = useForm<FormValues>({
    mode: 'uncontrolled',
    initialValues: toValues(profile, language),
    validate: schemaResolver(profileFormSchema, { sync: true }),
    validateInputOnBlur: true,
  });
  const errorText = (key: keyof FormValues) => {
    const err = form.errors[key];
    if (err === 'amount') return t('fees.schedule.invalidAmount');
    return typeof err === 'string'
      ? t(`dataFile.issues.${err}` as never, { defaultValue: t('dataFile.issues.invalid') })
      : undefined;
  };
  const field = (key: keyof FormValues) => {
    const props = form.getInputProps(key);
    return { ...props, key: form.key(key), error: errorText(key) };
  };

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const { hourValueEuros, fiscalYearStartMonth, ...rest } = values;
        await onSubmit({
          ...(profile ?? {}),
          ...rest,
          iban: rest.iban ? normalizeIban(rest.iban) : '',
          bic: rest.bic ? rest.bic.replace(/\s+/g, '').toUpperCase() : '',
          hourValueCents: hourValueCents(hourValueEuros),
          fiscalYearStartMonth: Number(fiscalYearStartMonth),
          logoDataUrl: logo,
          hourValueSource: rest.hourValueSource ?? DEFAULT_HOUR_VALUE_SOURCE,
          defaultLanguage: rest.defaultLanguage ?? language,
        } as ProfileInput);
      })}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <TextInput
          label={t('ui.profile.name')}
          required
          autoComplete="organization"
          {...field('name')}
        />
        <TextInput
          label={t('ui.profile.homeMunicipality')}
          required
          {...field('homeMunicipality')}
        />
        <TextInput
          label={t('ui.profile.businessId')}
          description={t('ui.profile.businessIdHint')}
          {...field('businessId')}
        />
        <TextInput label={t('ui.profile.registerNumber')} {...field('registerNumber')} />
        <TextInput label={t('ui.profile.wellbeingCounty')} {...field('wellbeingCounty')} />
        <TextInput label={t('ui.profile.streetAddress')} {...field('streetAddress')} />
        <TextInput label={t('ui.profile.postalCode')} {...field('postalCode')} />
        <TextInput label={t('ui.profile.postOffice')} {...field('postOffice')} />
        <TextInput label={t('ui.profile.email')} type="email" {...field('email')} />
        <TextInput label={t('ui.profile.phone')} type="tel" {...field('phone')} />
        <TextInput label={t('ui.profile.website')} {...field('website')} />
        <TextInput label={t('ui.profile.iban')} {...field('iban')} />
        <TextInput label={t('ui.profile.bic')} {...field('bic')} />
        <TextInput label={t('ui.profile.chairName')} {...field('chairName')} />
        <TextInput label={t('ui.profile.treasurerName')} {...field('treasurerName')} />
        <TextInput
          label={t('ui.profile.hourValue')}
          inputMode="decimal"
          {...field('hourValueEuros')}
        />
        <TextInput label={t('ui.profile.hourValueSource')} {...field('hourValueSource')} />
        <Select
          label={t('ui.profile.defaultLanguage')}
          data={(['fi', 'sv', 'en'] as const).map((l) => ({
            value: l,
            label: t(`ui.languages.${l}`),
          }))}
          allowDeselect={false}
          {...field('defaultLanguage')}
        />
        <Select
          label={t('profileDetails.fiscalYearStartMonth')}
          description={t('profileDetails.fiscalYearHelp')}
          data={fiscalYearStartMonthOptions(language).map((m) => ({
            value: String(m.month),
            label: m.label,
          }))}
          allowDeselect={false}
          {...field('fiscalYearStartMonth')}
        />
      </SimpleGrid>
      <Stack mt="md">
        <LogoField value={logo} language={language} onChange={setLogo} />
      </Stack>
      <Group mt="xl">
        <Button type="submit" size="md">
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
