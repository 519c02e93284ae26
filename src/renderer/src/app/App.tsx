import { Center } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import type { AssociationProfile } from '../../../core/schemas';
import { currentProfile } from '../../../core/db';
import { db } from '../db';
import { StartPage } from '../features/welcome/StartPage';
import { AppLayout, LanguageSelect } from './AppLayout';
import { useMenuCommands } from './useMenuCommands';
import { useNativeTheme } from './useNativeTheme';
import { Loading } from '../shared/Loading';
import { FileJobProvider } from '../shared/FileJob';

function Shell() {
  return (
    <FileJobProvider>
      <ShellContent />
    </FileJobProvider>
  );
}

function ShellContent() {
  // The desktop menu's commands, on the welcome page too (text size).
  useMenuCommands();
  useNativeTheme();
  const profile = useLiveQuery(async () => (await currentProfile(db)) ?? null, []);
  if (profile === undefined) {
    return (
      <Center component="main" id="main" h="100vh">
        <Loading />
      </Center>
    );
  }
  if (profile === null) {
    return (
      <main id="main">
        <div style={{ position: 'absolute', top: 16, right: 16 }}>
          <LanguageSelect />
        </div>
        <StartPage />
      </main>
    );
  }
  return <AppLayout profile={profile as AssociationProfile} />;
}

// Each page's code (and what only it uses: spreadsheets, the report models)
// loads when the page is first opened; the router waits for it, so the
// previous page stays on screen meanwhile.
const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('../features/home/HomePage')).HomePage }),
      },
      {
        path: 'members',
        lazy: async () => ({
          Component: (await import('../features/members/MembersPage')).MembersPage,
        }),
      },
      {
        path: 'fees',
        lazy: async () => ({ Component: (await import('../features/fees/FeesPage')).FeesPage }),
      },
      {
        path: 'members/import',
        lazy: async () => ({
          Component: (await import('../features/memberImport/MemberImportPage')).MemberImportPage,
        }),
      },
      {
        path: 'people/:id',
        lazy: async () => ({
          Component: (await import('../features/person/PersonPage')).PersonPage,
        }),
      },
      {
        path: 'hours',
        lazy: async () => ({ Component: (await import('../features/hours/HoursPage')).HoursPage }),
      },
      {
        path: 'activities',
        lazy: async () => ({
          Component: (await import('../features/activities/ActivitiesPage')).ActivitiesPage,
        }),
      },
      {
        path: 'grants',
        lazy: async () => ({
          Component: (await import('../features/grants/GrantsPage')).GrantsPage,
        }),
      },
      {
        path: 'grants/:id',
        lazy: async () => ({
          Component: (await import('../features/grants/GrantPage')).GrantPage,
        }),
      },
      {
        path: 'impact',
        lazy: async () => ({
          Component: (await import('../features/impact/ImpactPage')).ImpactPage,
        }),
      },
      {
        path: 'reports',
        lazy: async () => ({
          Component: (await import('../features/reports/ReportsPage')).ReportsPage,
        }),
      },
      {
        path: 'network',
        lazy: async () => ({
          Component: (await import('../features/network/NetworkPage')).NetworkPage,
        }),
      },
      {
        path: 'settings',
        lazy: async () => ({
          Component: (await import('../features/settings/SettingsPage')).SettingsPage,
        }),
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
