import { defineConfig } from '@playwright/test';

/**
 * Tests of the Electron app itself (the built out/main/index.js), a small set
 * next to the browser e2e tests. They skip, saying why, where the Electron
 * binary is not installed. Run:
 *   npx electron-vite build && npx playwright test -c tests/electron/playwright.config.ts
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/electron',
  timeout: 60_000,
  workers: 1,
  forbidOnly: !!process.env.CI,
  // The JSON report feeds the one summary line of npm test (scripts/test-all.mjs).
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron.json' }]],
});
