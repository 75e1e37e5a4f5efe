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

  /** "Deze hulp aanvragen" on a suggestion, the form filled as a professional does, with the client's consent, and sent. */
  async requestHelp(serviceId: string, request: { wijk: string; task: string }) {
    const card = this.card(serviceId);
    await card.getByRole('button', { name: /^Deze hulp aanvragen/ }).click();
    const form = card.locator('[data-request-form]');
    await form.getByLabel('Wijk (nooit een adres)').fill(request.wijk);
    await form.getByLabel('Taak (kort, zonder persoonsgegevens)').fill(request.task);
    await form.getByLabel('Je naam').fill('Demo professional');
    await form.getByLabel('Je werk-e-mailadres').fill('pro@buurtteam.demo.example');
    await form.getByLabel('De cliënt heeft ingestemd met dit verzoek').check();
    await form.getByRole('button', { name: 'Verzoek versturen' }).click();
    await this.panel.locator('[data-request-state]').first().waitFor({ timeout: 10_000 });
  }
}
