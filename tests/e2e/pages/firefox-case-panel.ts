import type { ElementHandle, Page } from 'puppeteer-core';

/*
 * The case panel as a user meets it, in Firefox through puppeteer. The panel is in a shadow root
 * (opened for tests by the demo build's `testOpenShadowRoot` switch, see firefox-journey.test.ts).
 * puppeteer's waitForSelector watches the document for mutations, which do not include changes
 * inside a shadow root, so these waits poll a query into the root instead.
 */
const SUGGESTIONS = 'section[aria-labelledby="hr-suggestions-title"] .hr-card';

export class FirefoxCasePanel {
  constructor(readonly page: Page) {}

  /** Resolves when `selector` (inside the panel's shadow root) matches something. */
  async waitFor(selector: string, timeout = 20_000): Promise<void> {
    await this.page.waitForFunction(
      (sel) => document.querySelector('handreiking-panel')?.shadowRoot?.querySelector(sel) != null,
      { polling: 100, timeout },
      selector,
    );
  }

  async waitForSuggestions() {
    await this.waitFor(SUGGESTIONS);
  }

  suggestionIds(): Promise<string[]> {
    return this.page.evaluate(
      (sel) => Array.from(document.querySelector('handreiking-panel')?.shadowRoot?.querySelectorAll(sel) ?? []).map((el) => el.getAttribute('data-service-id') ?? ''),
      SUGGESTIONS,
    );
  }

  /** The button on a suggested offer's card whose text starts with `label`. */
  async cardButton(serviceId: string, label: string): Promise<ElementHandle<HTMLButtonElement>> {
    const handle = await this.page.evaluateHandle(
      (sel, id, text) => {
        const card = document.querySelector('handreiking-panel')?.shadowRoot?.querySelector(`${sel}[data-service-id="${id}"]`);
        const button = Array.from(card?.querySelectorAll('button') ?? []).find((b) => b.textContent?.trim().startsWith(text));
        if (!button) throw new Error(`no "${text}" button on the card of ${id}`);
        return button;
      },
      SUGGESTIONS,
      serviceId,
      label,
    );
    return handle as ElementHandle<HTMLButtonElement>;
  }

  /** What the panel lists as recorded for this case: the offer (or outcome) of each record. */
  recorded(): Promise<string[]> {
    return this.page.evaluate(() =>
      Array.from(document.querySelector('handreiking-panel')?.shadowRoot?.querySelectorAll('[data-registration]') ?? []).map((el) => el.getAttribute('data-registration') ?? ''),
    );
  }

  cardText(serviceId: string): Promise<string> {
    return this.page.evaluate(
      (sel, id) => document.querySelector('handreiking-panel')?.shadowRoot?.querySelector(`${sel}[data-service-id="${id}"]`)?.textContent ?? '',
      SUGGESTIONS,
      serviceId,
    );
  }
}
