import { TextInput, type TextInputProps } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../../core/format';
import { checkDuration } from '../../../../core/hours';
import { useLanguage } from '../../shared/useLanguage';

/** The form error for a typed duration, in the user's language, or null when it can be saved. */
export function durationError(t: TFunction, value: string): string | null {
  const checked = checkDuration(value);
  return 'problem' in checked ? t(`hourEdit.duration.${checked.problem}`) : null;
}

/**
 * A duration typed as volunteers type it ("1:30", "1,5"). Under the field it
 * says what will be saved ("1 h 31 min" for "1,52"), and warns of a long day,
 * so a typing mistake is seen before it goes into every total.
 */
export function DurationInput({
  hint,
  value = '',
  ...props
}: Omit<TextInputProps, 'value' | 'description'> & { hint?: string; value?: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const checked = checkDuration(value);
  const reading =
    'minutes' in checked
      ? t(checked.long ? 'hourEdit.duration.long' : 'hourEdit.duration.reads', {
          duration: formatMinutes(checked.minutes, lang),
        })
      : null;
  return (
    <TextInput
      {...props}
      value={value}
      inputMode="decimal"
      autoComplete="off"
      description={[hint, reading].filter(Boolean).join(' · ') || undefined}
    />
  );
}
