import { ActionIcon, Box, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import dayjs from 'dayjs';
import { useId, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatUserDate, parseUserDate, userDateExample } from '../../../core/dates';
import { todayIso } from '../../../core/format';
import { isCalendarDate } from '../../../core/schemas';
import { useLanguage } from './useLanguage';
import './DateField.css';

export type DateFieldProps = Omit<
  TextInputProps,
  'value' | 'defaultValue' | 'onChange' | 'type' | 'min' | 'max'
> & {
  /** The date as `YYYY-MM-DD`, '' for none (or the text typed when it is not a date). */
  value?: string;
  /**
   * The date as `YYYY-MM-DD`, '' when the field is emptied, or the text as
   * typed when it is not a date: the form's own check then refuses it (with
   * the field's message) instead of saving without the date the user meant.
   */
  onChange: (value: string) => void;
  /** Earliest and latest day allowed (`YYYY-MM-DD`). */
  min?: string;
  max?: string;
};

/** What a typed text stands for: a date, '' for nothing, else the text itself. */
function valueOfText(text: string, lang: Parameters<typeof parseUserDate>[1], today: string) {
  if (text.trim() === '') return '';
  return parseUserDate(text, lang, today) ?? text;
}

function CalendarIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        d="M4 7a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2zM16 3v4M8 3v4M4 11h16"
      />
    </svg>
  );
}

/**
 * The one date field of the app. Typed in the app's language whatever the
 * browser's or system's locale: `1.12.2026`, `1.12.` (this year) or ISO in
 * every language, plus `1 Dec 2026` in English (`parseUserDate`); shown as
 * `formatUserDate` prints it once the field is left. The calendar button opens
 * a Mantine calendar (arrow keys move between days, Enter picks, Escape
 * closes); typing never needs it. A text that is not a date stays in the
 * field with a message saying how to write one.
 */
export function DateField({
  value = '',
  onChange,
  min,
  max,
  label,
  error,
  onBlur,
  id,
  style,
  className,
  w,
  maw,
  ...rest
}: DateFieldProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = todayIso();
  const ownId = useId();
  const inputId = id ?? ownId;
  const [text, setText] = useState(() =>
    isCalendarDate(value) ? formatUserDate(value, lang) : value,
  );
  const [ownError, setOwnError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  // A value set from outside (a form reset, a default) or a new language is
  // shown; the text being typed that the value already stands for is left as
  // typed. An empty value does not wipe a text that is not a date: that text
  // is the user's, and the message under it says what to change.
  const [seen, setSeen] = useState({ value, lang });
  if (seen.value !== value || seen.lang !== lang) {
    setSeen({ value, lang });
    const typed = valueOfText(text, seen.lang, today);
    if (isCalendarDate(value)) {
      if (typed !== value || seen.lang !== lang) setText(formatUserDate(value, lang));
    } else if (value === '' && isCalendarDate(typed)) {
      setText('');
    }
  }

  const check = (typed: string) => {
    if (typed === '') return null;
    if (!isCalendarDate(typed)) {
      return t('dateField.invalid', { value: text.trim(), example: userDateExample(lang, today) });
    }
    if ((min && typed < min) || (max && typed > max)) {
      return t('dateField.outOfRange', {
        min: min ? formatUserDate(min, lang) : '',
        max: max ? formatUserDate(max, lang) : '',
      });
    }
    return null;
  };

  const change = (next: string) => {
    setText(next);
    setOwnError(null);
    onChange(valueOfText(next, lang, today));
  };

  const leave = (event: FocusEvent<HTMLInputElement>) => {
    const typed = valueOfText(text, lang, today);
    setOwnError(check(typed));
    if (isCalendarDate(typed)) setText(formatUserDate(typed, lang));
    onBlur?.(event);
  };

  const pick = (picked: string | null) => {
    if (!picked) return;
    setText(formatUserDate(picked, lang));
    setOwnError(check(picked));
    onChange(picked);
    setOpen(false);
  };

  const selected = isCalendarDate(value) ? value : null;

  const calendarButton = (
    <ActionIcon
      variant="subtle"
      color="gray.8"
      size="lg"
      // Named "Open the calendar", described by the field's label: a name
      // without the label keeps getByLabel(label) and screen readers on the field itself.
      aria-label={t('dateField.openCalendar')}
      aria-describedby={label ? `${inputId}-label` : undefined}
      aria-expanded={open}
      onClick={() => setOpen((o) => !o)}
    >
      <CalendarIcon />
    </ActionIcon>
  );

  return (
    // The whole field is the popover's anchor, so the calendar is drawn beside
    // the field rather than inside the input's section, under the next fields.
    <Popover
      opened={open}
      onChange={setOpen}
      position="bottom-end"
      // In the page (axe "region", a dialog's focus trap), but fixed, so a
      // card's overflow does not clip the calendar.
      withinPortal={false}
      floatingStrategy="fixed"
      withRoles={false}
      trapFocus
      returnFocus
      shadow="md"
    >
      <Popover.Target>
        <Box style={style} className={className} w={w} maw={maw}>
          <TextInput
            {...rest}
            id={inputId}
            label={label}
            value={text}
            autoComplete="off"
            placeholder={t('dateField.placeholder', { example: userDateExample(lang, today) })}
            error={ownError ?? error}
            onChange={(e) => change(e.currentTarget.value)}
            onBlur={leave}
            rightSectionPointerEvents="all"
            rightSectionWidth={42}
            rightSection={calendarButton}
          />
        </Box>
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          value={selected}
          defaultDate={selected ?? today}
          onChange={pick}
          // Each day is read out as the app writes dates: "tiistai 1.12.2026".
          getDayAriaLabel={(day) =>
            `${dayjs(day).locale(lang).format('dddd')} ${formatUserDate(day, lang)}`
          }
          // The focus trap starts on the chosen day (or today), not on the month arrows.
          getDayProps={(day) => (day === (selected ?? today) ? { 'data-autofocus': true } : {})}
          size="md"
          classNames={{ day: 'date-field-day' }}
          minDate={min}
          maxDate={max}
          ariaLabels={{
            previousMonth: t('dateField.calendar.previousMonth'),
            nextMonth: t('dateField.calendar.nextMonth'),
            previousYear: t('dateField.calendar.previousYear'),
            nextYear: t('dateField.calendar.nextYear'),
            previousDecade: t('dateField.calendar.previousDecade'),
            nextDecade: t('dateField.calendar.nextDecade'),
            monthLevelControl: t('dateField.calendar.monthLevelControl'),
            yearLevelControl: t('dateField.calendar.yearLevelControl'),
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
