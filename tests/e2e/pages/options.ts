import type { BrowserContext, Page } from 'playwright-core';

/** The options page: connect to a server, see sync state, sync now. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.locator('main').waitFor();
    return new OptionsPage(page);
  }

  async connect(serverUrl: string, code: string) {
    await this.page.getByLabel('Server', { exact: true }).fill(serverUrl);
    await this.page.getByLabel('Aanmeldcode', { exact: true }).fill(code);
    await this.page.getByRole('button', { name: 'Verbinden' }).click();
    await this.page.locator('[data-connection]').waitFor({ timeout: 20_000 });
  }

  async syncNow() {
    await this.page.getByRole('button', { name: 'Nu synchroniseren' }).click();
  }

  pending() {
    return this.page.locator('[data-pending]').getAttribute('data-pending').then(Number);
  }

  status() {
    return this.page.locator('[data-sync-status]').getAttribute('data-sync-status');
  }

  async reload() {
    await this.page.reload();
    await this.page.locator('main h1').waitFor();
  }
}
