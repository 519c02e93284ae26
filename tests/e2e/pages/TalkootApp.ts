import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { anyLanguage, t } from '../text';

export type Lang = 'fi' | 'sv' | 'en';

/** A `YYYY-MM-DD` date as Finns write it and the app shows it in Finnish: 1.12.2026. */
export function fiDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/** Page object for the Talkoot web renderer: role- and label-based locators only. */
export class TalkootApp {
  constructor(readonly page: Page) {}

  async open(lang: Lang = 'fi') {
    await this.page.addInitScript((l) => {
      if (!localStorage.getItem('talkoot.language')) localStorage.setItem('talkoot.language', l);
    }, lang);
    await this.page.goto('./#/');
  }

  /** Open the app and the demo association, on its home page: where most specs start. */
  async openWithDemo() {
    await this.open();
    await this.openDemo();
  }

  /** From the first-run screen, create an empty association and land on its home page. */
  async createAssociation(name: string, homeMunicipality: string) {
    await this.open();
    const create = this.page.getByRole('button', { name: t('ui.welcome.createButton') });
    await create.click();
    await this.page.getByLabel(t('ui.profile.name')).fill(name);
    await this.page.getByLabel(t('ui.profile.homeMunicipality')).fill(homeMunicipality);
    await create.click();
    await expect(this.heading(t('ui.home.title'))).toBeVisible();
  }

  /** Add a person from the Members page (name and home municipality); their page opens. */
  async addPerson(fullName: string, homeMunicipality: string) {
    await this.goTo(t('ui.nav.members'));
    await this.page.getByRole('button', { name: t('memberRegister.create.button') }).click();
    const dialog = this.page.getByRole('dialog', { name: t('memberRegister.create.title') });
    await dialog
      .getByRole('textbox', { name: t('personPrivacy.edit.fields.fullName') })
      .fill(fullName);
    await dialog
      .getByRole('textbox', { name: t('memberList.municipality') })
      .fill(homeMunicipality);
    await this.page.keyboard.press('Enter');
    await expect(this.heading(fullName)).toBeVisible();
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async openDemo() {
    await this.page.getByRole('button', { name: t('ui.welcome.demoButton') }).click();
    await expect(this.heading(t('ui.home.title'))).toBeVisible({ timeout: 30_000 });
  }

  nav() {
    return this.page.getByRole('navigation', { name: anyLanguage('ui.nav.label') });
  }

  /** Follow a link of the main menu; in a narrow window the menu is opened first. */
  async goTo(linkName: string) {
    const link = this.nav().getByRole('link', { name: linkName, exact: true });
    const menu = this.page.getByRole('button', { name: anyLanguage('appShell.openMenu') });
    // The button shows (named "open") only on a narrow window with the menu folded;
    // the folded links are still "visible" to Playwright, just slid off screen.
    if (await menu.isVisible()) await menu.click();
    await link.click();
  }

  /** Pick an option of a Mantine select in `scope` by its label, with the keyboard. */
  async choose(scope: Locator, label: string, option: string) {
    const box = scope.getByRole('combobox', { name: label });
    await box.focus();
    await this.page.keyboard.press('ArrowDown');
    await scope.getByRole('option', { name: option, exact: true }).click();
    await expect(box).toHaveValue(option);
  }

  /**
   * Type a date into a date field as a Finnish user does (`1.12.2026`) and
   * leave the field; it then shows the date as the app writes it (`shown`,
   * Finnish by default).
   */
  async fillDate(field: Locator, iso: string, shown: string = fiDate(iso)) {
    await field.fill(fiDate(iso));
    await field.blur();
    await expect(field).toHaveValue(shown);
  }

  /** The value shown for a headline figure, by its label. */
  figure(label: string) {
    return this.page
      .locator('dt', { hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]/span[1]');
  }

  async figureTexts(labels: string[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const l of labels) out[l] = (await this.figure(l).innerText()).trim();
    return out;
  }

  /** Export the data file from Settings; returns the downloaded file's text. */
  async exportDataFile(): Promise<{ text: string; download: Download }> {
    await this.goTo(t('ui.nav.settings'));
    const downloadPromise = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: t('ui.settings.exportButton') }).click();
    const download = await downloadPromise;
    const path = await download.path();
    return { text: await readFile(path, 'utf8'), download };
  }

  /** On the first-run screen, restore from a data file. */
  async restoreOnWelcome(filePath: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: t('ui.welcome.restoreButton') }).click();
    await (await chooser).setFiles(filePath);
  }

  /**
   * Wait until the stored association profile holds `value` in `field` (read
   * from IndexedDB), and two frames more, so React has rendered what the live
   * query read: a state to wait for after a save, never a fixed time.
   */
  async waitForStoredProfile(field: string, value: string | number | null) {
    await this.page.waitForFunction(
      ([f, v]) =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('talkoot');
          open.onsuccess = () => {
            const read = open.result.transaction('profile').objectStore('profile').getAll();
            read.onsuccess = () => {
              open.result.close();
              // null stands for a field the stored profile does not have.
              const saved = ((read.result as Record<string, unknown>[])[0]?.[f] ?? null) === v;
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(saved)));
            };
          };
        }),
      [field, value] as const,
    );
  }
}
