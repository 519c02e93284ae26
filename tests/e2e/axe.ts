import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Run axe once the page has stopped moving. A dialog fading in or a
 * notification sliding in is half transparent for a moment, and axe measures
 * its text then as too low in contrast; so wait until every finite CSS
 * transition and animation has finished (a spinner's endless one is ignored).
 */
export async function analyzeSettled(page: Page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  return new AxeBuilder({ page }).analyze();
}
