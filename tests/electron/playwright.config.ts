import { defineConfig } from '@playwright/test';

/** Tests of the Electron app itself; they run only where the Electron binary exists. */
export default defineConfig({
  testDir: '.',
  timeout: 60_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron.json' }]],
});
