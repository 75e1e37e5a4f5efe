import type { Frame, Locator, Page } from 'playwright-core';

/**
 * The overlay as a user meets it. Playwright's CSS locators pierce the shadow root, which the harness
 * opens for tests (see harness.ts). The vendor plugin's panel is the whole of its frame: pass that
 * frame, with `body` as the host.
 */
export class CasePanelPage<Where extends Page | Frame = Page> {
  readonly host: Locator;
  readonly panel: Locator;
  readonly cards: Locator;
  readonly suggestions: Locator;
  readonly warnings: Locator;
  readonly searchBox: Locator;
  readonly searchResults: Locator;
  readonly recorded: Locator;

  constructor(
    readonly page: Where,
    hostSelector = 'handreiking-panel',
  ) {
    this.host = page.locator(hostSelector);
    this.panel = this.host.locator('aside.hr-panel');
    this.cards = this.panel.locator('.hr-card');
    this.suggestions = this.panel.locator('section[aria-labelledby="hr-suggestions-title"] .hr-card');
    this.warnings = this.panel.locator('[data-warning]');
    this.searchBox = this.panel.getByRole('searchbox');
    this.searchResults = this.panel.locator('.hr-search .hr-card');
    this.recorded = this.panel.locator('[data-registration]');
  }

  async waitForSuggestions() {
    await this.suggestions.first().waitFor({ timeout: 20_000 });
  }

  async suggestionIds(): Promise<string[]> {
    return this.suggestions.evaluateAll((els) => els.map((el) => el.getAttribute('data-service-id') ?? ''));
  }

  async warningCodes(): Promise<string[]> {
    return this.warnings.evaluateAll((els) => els.map((el) => el.getAttribute('data-warning') ?? ''));
  }

  async networkPrompt(): Promise<string | null> {
    return this.panel.locator('[data-network-prompt]').getAttribute('data-network-prompt');
  }

  async search(text: string): Promise<string[]> {
    await this.searchBox.fill(text);
    // Wait for the answer to this text, not the list still showing the previous query.
    await this.panel.locator(`.hr-search__status[data-query="${text.trim()}"]`).waitFor({ timeout: 10_000 });
    return this.searchResults.evaluateAll((els) => els.map((el) => el.getAttribute('data-service-id') ?? ''));
  }

  card(serviceId: string) {
    return this.suggestions.and(this.page.locator(`[data-service-id="${serviceId}"]`));
  }
}
