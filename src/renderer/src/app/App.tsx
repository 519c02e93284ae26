import { Center, Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import type { AssociationProfile } from '../../../core/schemas';
import { DatasetProvider, db } from '../db';
import { ActivitiesPage } from '../features/activities/ActivitiesPage';
import { FeesPage } from '../features/fees/FeesPage';
import { GrantsPage } from '../features/grants/GrantsPage';
import { HomePage } from '../features/home/HomePage';
import { HoursPage } from '../features/hours/HoursPage';
import { ImpactPage } from '../features/impact/ImpactPage';
import { MemberImportPage } from '../features/memberImport/MemberImportPage';
import { MembersPage } from '../features/members/MembersPage';
import { PersonPage } from '../features/person/PersonPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { AppLayout, LanguageSelect } from './AppLayout';

function Shell() {
  const { t } = useTranslation();
  const profile = useLiveQuery(
    async () => (await db.tableOf('profile').toArray()).find((p) => !p.deletedAt) ?? null,
    [],
  );
  if (profile === undefined) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('ui.common.loading')} />
      </Center>
    );
  }
  if (profile === null) {
    return (
      <main id="main">
        <div style={{ position: 'absolute', top: 16, right: 16 }}>
          <LanguageSelect />
        </div>
        <WelcomePage />
      </main>
    );
  }
  return (
    <DatasetProvider>
      <AppLayout profile={profile as AssociationProfile} />
    </DatasetProvider>
  );
}

const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'members', element: <MembersPage /> },
      { path: 'fees', element: <FeesPage /> },
      { path: 'members/import', element: <MemberImportPage /> },
      { path: 'people/:id', element: <PersonPage /> },
      { path: 'hours', element: <HoursPage /> },
      { path: 'activities', element: <ActivitiesPage /> },
      { path: 'grants', element: <GrantsPage /> },
      { path: 'impact', element: <ImpactPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
