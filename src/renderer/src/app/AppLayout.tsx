import { Anchor, AppShell, Burger, Group, NavLink, Select, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import type { AssociationProfile, Language } from '../../../core/schemas';
import { rememberLanguage } from '../i18n';
import { useLanguage } from '../shared/useLanguage';

export const navItems = [
  { path: '/', key: 'home' },
  { path: '/members', key: 'members' },
  { path: '/fees', key: 'fees' },
  { path: '/hours', key: 'hours' },
  { path: '/activities', key: 'activities' },
  { path: '/grants', key: 'grants' },
  { path: '/impact', key: 'impact' },
  { path: '/reports', key: 'reports' },
  { path: '/network', key: 'network' },
  { path: '/settings', key: 'settings' },
] as const;

/** The language switch, shown in the header on every page. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  return (
    <Select
      aria-label={t('ui.language')}
      w={140}
      value={lang}
      allowDeselect={false}
      data={(['fi', 'sv', 'en'] as const).map((l) => ({ value: l, label: t(`ui.languages.${l}`) }))}
      onChange={(value) => {
        if (!value) return;
        void i18n.changeLanguage(value);
        rememberLanguage(value as Language);
      }}
    />
  );
}

/**
 * Header, navigation and the page: the frame of every screen once a profile
 * exists. Below Mantine's `sm` breakpoint (a narrow window, or 200 % zoom of
 * a laptop screen) the navigation folds behind a menu button in the header;
 * it closes again when a page is chosen or on Escape, focus back on the button.
 */
export function AppLayout({ profile }: { profile: AssociationProfile }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  const burger = useRef<HTMLButtonElement>(null);
  // Below `sm` (48em) Mantine slides a closed navigation off screen; inert keeps
  // its links out of the Tab order and the accessibility tree meanwhile.
  const narrow = useMediaQuery('(max-width: 47.99em)') ?? false;
  // A chosen page replaces the menu on a narrow window (state adjusted while
  // rendering, as React advises, rather than in an effect).
  const [pathname, setPathname] = useState(location.pathname);
  if (pathname !== location.pathname) {
    setPathname(location.pathname);
    setNavOpen(false);
  }
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !navOpen) return;
    setNavOpen(false);
    burger.current?.focus();
  };
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="lg"
    >
      {/* The hash router would read "#main" as a route and open the home page:
          move the focus to the main region instead of following the link. */}
      <Anchor
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('ui.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              ref={burger}
              opened={navOpen}
              onClick={() => setNavOpen((open) => !open)}
              hiddenFrom="sm"
              size="md"
              aria-label={navOpen ? t('appShell.closeMenu') : t('appShell.openMenu')}
              aria-expanded={navOpen}
              aria-controls="main-navigation"
            />
            <Text fw={700} size="xl" c="teal.9">
              {t('ui.appName')}
            </Text>
            <Text size="lg" truncate>
              {profile.name}
            </Text>
          </Group>
          <LanguageSelect />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="sm"
        component="nav"
        id="main-navigation"
        inert={narrow && !navOpen}
        aria-label={t('ui.nav.label')}
        onKeyDown={closeOnEscape}
      >
        {navItems.map((item) => (
          <NavLink
            key={item.path}
            component={RouterNavLink}
            to={item.path}
            end={item.path === '/'}
            variant="filled"
            label={t(`ui.nav.${item.key}`)}
            // The page already shown, chosen again, must close the menu too.
            onClick={() => setNavOpen(false)}
            active={
              item.path === '/'
                ? location.pathname === '/'
                : location.pathname.startsWith(item.path)
            }
            aria-current={
              (
                item.path === '/'
                  ? location.pathname === '/'
                  : location.pathname.startsWith(item.path)
              )
                ? 'page'
                : undefined
            }
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
