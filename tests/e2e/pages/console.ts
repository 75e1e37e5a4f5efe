import type { Page } from 'playwright-core';
import { seriousViolations } from './serious-violations';

/*
 * The administrator's console, as a person uses it: by labels, roles and button names, so a test
 * breaks when a label or heading goes missing, not when markup changes.
 */

export class ConsolePage {
  /** Every CSP refusal the page reported: the console must run with none. */
  readonly cspViolations: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) this.cspViolations.push(message.text());
    });
  }

  static async open(page: Page, apiUrl: string) {
    const console = new ConsolePage(page);
    await page.goto(`${apiUrl}/console/`);
    await page.locator('main h1').waitFor();
    return console;
  }

  heading() {
    return this.page.locator('main h1');
  }

  error() {
    return this.page.locator('main [role="alert"]').first();
  }

  /**
   * From the kaart page to the import page, ready for use: its forms are disabled until the current
   * kaart has loaded, and Enter in a form whose button is disabled does nothing.
   */
  async openImport() {
    await this.page.getByRole('link', { name: 'Een kaart importeren (HSDS, CSV of Excel)' }).click();
    await this.page.locator('main h1', { hasText: 'Kaart importeren' }).waitFor();
    await this.page.locator('[data-empty]').waitFor();
  }

  async signIn(code: string) {
    await this.page.getByLabel('Inlogcode', { exact: true }).fill(code);
    // Keyboard only: Enter in the field submits the form.
    await this.page.getByLabel('Inlogcode', { exact: true }).press('Enter');
  }

  /** Serious and critical axe findings on the whole page, as `rule: target` lines. */
  seriousViolations(): Promise<string[]> {
    return seriousViolations(this.page);
  }

  /** Wider than the screen means sideways scrolling on a phone. */
  async overflowsSideways(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  }
}
