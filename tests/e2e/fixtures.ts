import { test as base, expect, type BrowserContext } from '@playwright/test';

/**
 * The moment the e2e specs' data and expectations are written for (a
 * Tuesday morning in Helsinki). Every page's clock starts here and then runs
 * on in real time, so a spec reads the same on any day it runs: before this,
 * the specs read the machine's clock and failed after midnight.
 */
export const E2E_NOW = new Date('2026-12-01T10:00:00+02:00');

const startedAt = Date.now();

/**
 * "Now" for a spec's own code, on the pages' clock: E2E_NOW plus the time
 * since this run began (never behind a page's clock, which starts at E2E_NOW
 * when its context opens). A spec that read the machine's date expected
 * 2 December while its pages showed the 1st.
 */
export function e2eNow(): Date {
  return new Date(E2E_NOW.getTime() + (Date.now() - startedAt));
}

/** Start `context`'s clock at E2E_NOW; it then runs on in real time. For contexts a spec opens itself. */
export async function atE2eNow(context: BrowserContext): Promise<BrowserContext> {
  await context.clock.install({ time: E2E_NOW });
  await context.clock.resume();
  return context;
}

export const test = base.extend({
  context: async ({ context }, use) => {
    await use(await atE2eNow(context));
  },
});

export { expect };
export type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
