import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run bench:ui`: the Members page with 10 000 people and 200 000 hour
 * entries in Chromium. Prints figures; asserts only that the page works.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/bench',
  timeout: 600_000,
  workers: 1,
  reporter: [['list']],
});
