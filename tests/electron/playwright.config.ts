import { defineConfig } from '@playwright/test';
import { electronBinary, skipReason } from './binary';

/**
 * Tests of the Electron app itself (the built out/main/index.js), a small set
 * next to the browser e2e tests. They skip, saying why, where the Electron
 * binary is not installed. Run:
 *   npx electron-vite build && npx playwright test -c tests/electron/playwright.config.ts
 */
// Playwright's list reporter shows a skipped test without its reason: say it here.
if (electronBinary === null) console.log(`\nElectron tests SKIPPED: ${skipReason}\n`);

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/electron',
  timeout: 60_000,
  workers: 1,
  forbidOnly: !!process.env.CI,
  // The JSON report feeds the one summary line of npm test (scripts/test-all.mjs).
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron.json' }]],
});
