import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Run axe once the page has stopped moving. A dialog fading in or a
 * notification sliding in is half transparent for a moment, and axe measures
 * its text then as too low in contrast; so wait until every finite CSS
 * transition and animation has finished and the page stays still (a spinner's
 * endless animation is ignored).
 */
export async function analyzeSettled(page: Page) {
  // Still for three painted frames in a row: a closing dialog starts its fade a frame after
  // the click, and a notification can arrive just after another one has settled.
  // Frames, not a fixed time: the wait follows the page, however slow the machine.
  await page.waitForFunction(async () => {
    // An open dialog whose fade-in has not started yet is not animating, but is
    // still transparent: it counts as moving until it and its ancestors are opaque.
    const opaque = (el: Element | null): boolean =>
      !el || (getComputedStyle(el).opacity === '1' && opaque(el.parentElement));
    const still = () =>
      [...document.querySelectorAll('[role="dialog"]')].every(opaque) &&
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let frame = 0; frame < 3; frame++) {
      if (!still()) return false;
      await nextFrame();
    }
    return still();
  });
  return new AxeBuilder({ page }).analyze();
}
