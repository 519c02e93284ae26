import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the renderer built for the web (`npm run build:web`),
 * served over HTTP (Chromium will not run module scripts from file://) and
 * driven in Debian's Chromium — Playwright's own browser download is not used.
 */
const port = Number(process.env.E2E_PORT || 4173);
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // One retry in CI; scripts/test-all.mjs names every test that needed it.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]]
    : [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'fi-FI',
    // The app honours reduced motion: dialogs open without a fade, so axe never
    // measures a half-transparent one.
    reducedMotion: 'reduce',
    timezoneId: process.env.TZ || undefined,
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
