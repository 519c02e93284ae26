import { Anchor, AppShell, Group, NavLink, Select, Text } from '@mantine/core';
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

/** Header, navigation and the page: the frame of every screen once a profile exists. */
export function AppLayout({ profile }: { profile: AssociationProfile }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 0 }} padding="lg">
      <Anchor href="#main" className="skip-link">
        {t('ui.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
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
      <AppShell.Navbar p="sm" component="nav" aria-label={t('ui.nav.label')}>
        {navItems.map((item) => (
          <NavLink
            key={item.path}
            component={RouterNavLink}
            to={item.path}
            end={item.path === '/'}
            variant="filled"
            label={t(`ui.nav.${item.key}`)}
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
