import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/*
 * The administrator's console, as a person uses it: by labels, roles and button names, so a test
 * breaks when a label or heading goes missing, not when markup changes.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

  async signIn(code: string) {
    await this.page.getByLabel('Inlogcode', { exact: true }).fill(code);
    // Keyboard only: Enter in the field submits the form.
    await this.page.getByLabel('Inlogcode', { exact: true }).press('Enter');
  }

  /** Serious and critical axe findings on the whole page, as `rule: target` lines. */
  async seriousViolations(): Promise<string[]> {
    // Evaluated over the DevTools protocol, not as an inline <script>, which the CSP would refuse.
    await this.page.evaluate(axeSource);
    return this.page.evaluate(async () => {
      type Result = { id: string; impact: string; nodes: { target: string[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
      const result = await axe.run(document);
      // Proof axe looked at something: a page with nothing on it passes every rule.
      if (result.passes.length < 5) return [`axe checked almost nothing (${result.passes.length} passes)`];
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  }

  /** Wider than the screen means sideways scrolling on a phone. */
  async overflowsSideways(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  }
}
