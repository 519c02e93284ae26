import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
// The calendar's month and day names; tiny, so loaded with the app.
import 'dayjs/locale/fi';
import 'dayjs/locale/sv';
import 'dayjs/locale/en';
import './app/app.css';
import './i18n';
import {
  MantineProvider,
  MultiSelect,
  Notification,
  Select,
  createTheme,
  mergeThemeOverrides,
  type CSSVariablesResolver,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { StrictMode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startDataSafety } from './backup/startup';
import { useLanguage } from './shared/useLanguage';
import { applyStoredTextSize } from './app/textSizeStore';

// Larger type and strong contrast: many users are over 60.
const theme = createTheme({
  // Dialogs and notifications appear without sliding or fading for anyone who
  // has asked the system for reduced motion (and in the e2e tests, which do).
  respectReducedMotion: true,
  primaryColor: 'teal',
  primaryShade: 9,
  fontSizes: { xs: '14px', sm: '15px', md: '17px', lg: '19px', xl: '22px' },
  defaultRadius: 'md',
  // Dropdowns stay inside the page's landmarks (axe "region"), not in a portal.
  components: {
    Select: Select.extend({ defaultProps: { comboboxProps: { withinPortal: false } } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { comboboxProps: { withinPortal: false } } }),
  },
});

// Links: the primary teal-9 falls just under AA (4.5:1) on a hovered table row's
// grey, so links get a darker teal (6.3:1 there). The provider injects its own
// variables after our stylesheet, hence a resolver rather than app.css.
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-anchor': '#06664b',
    // Filled buttons hover with teal-8 by default: too light under white text.
    '--mantine-primary-color-filled-hover': '#06664b',
    '--mantine-color-error': '#c92a2a',
  },
  // Dark colours (Settings → Appearance): the app's fixed greys, Mantine's
  // dimmed text, red and the primary teal's outlines and links are all too dark
  // on the dark background; these lighter ones reach AA (4.5:1) on it and on
  // a hovered or striped row.
  dark: {
    '--mantine-color-gray-7': '#c1c2c5',
    '--mantine-color-dimmed': '#b0b0b0',
    '--mantine-color-error': '#ff8787',
    '--mantine-color-anchor': '#63e6be',
    '--mantine-color-teal-outline': '#63e6be',
    '--mantine-color-teal-text': '#63e6be',
    '--mantine-color-teal-light-color': '#63e6be',
    '--mantine-primary-color-light-color': '#63e6be',
  },
});

/**
 * The provider, with a theme that names every notification's close button in
 * the current language (Mantine's has no name: axe button-name, and a screen
 * reader would announce just "button").
 */
function Root() {
  const { t } = useTranslation();
  const closeLabel = t('ui.common.close');
  const lang = useLanguage();
  const localTheme = useMemo(
    () =>
      mergeThemeOverrides(
        theme,
        createTheme({
          components: {
            Notification: Notification.extend({
              defaultProps: { closeButtonProps: { 'aria-label': closeLabel } },
            }),
          },
        }),
      ),
    [closeLabel],
  );
  return (
    <MantineProvider
      theme={localTheme}
      defaultColorScheme="light"
      cssVariablesResolver={cssVariablesResolver}
    >
      {/* Calendars follow the app's language, never the system's; weeks start on Monday. */}
      <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
        <Notifications position="top-right" />
        <App />
      </DatesProvider>
    </MantineProvider>
  );
}

applyStoredTextSize();
startDataSafety();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
