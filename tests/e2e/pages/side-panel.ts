import type { BrowserContext, Page } from 'playwright-core';

/** The extension's side panel (sidepanel.html): the team's follow-ups and what organisations answered. */
export class SidePanelPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await page.locator('main.hr-side h1').waitFor();
    return new SidePanelPage(page);
  }

  /** The follow-up of one registration (none once nothing is left to chase). */
  followUp(registrationId: string) {
    return this.page.locator(`[data-follow-up="${registrationId}"]`);
  }

  /** What an organisation answered on one registration's request, below the follow-ups. */
  answer(registrationId: string) {
    return this.page.locator(`[data-answer="${registrationId}"]`);
  }

  async reload() {
    await this.page.reload();
    await this.page.locator('main.hr-side h1').waitFor();
  }
}
