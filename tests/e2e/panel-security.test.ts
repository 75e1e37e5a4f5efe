import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './harness';
import { CasePanelPage } from './pages/case-panel';

/*
 * Issue 11, finding 7: a hostile or compromised case page must not read the suggestions nor
 * press "record". The shadow root is closed for users; the tests that need to look inside open it
 * through the harness's test-only switch, playing an attacker who got hold of the buttons anyway.
 */

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

interface DomNode {
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

/** What DevTools sees (CDP pierces closed roots): the panel's shadow root type and its suggestion cards. */
async function panelAsDevToolsSeesIt(cdp: CDPSession) {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode, test: (n: DomNode) => boolean, out: DomNode[] = []): DomNode[] => {
    if (test(node)) out.push(node);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) find(child, test, out);
    return out;
  };
  const [host] = find(root, (n) => n.nodeName === 'HANDREIKING-PANEL');
  const shadow = host?.shadowRoots?.[0];
  const cards = shadow ? find(shadow, (n) => /(^|\s)hr-card(\s|$)/.test(n.attributes?.[n.attributes.indexOf('class') + 1] ?? '') && n.attributes!.includes('data-service-id')) : [];
  return { type: shadow?.shadowRootType, cards: cards.length };
}

describe('the panel on a hostile case page', () => {
  it('is out of reach of the page: closed shadow root, nothing of it in the page, a page-side attachShadow hook catches nothing', async () => {
    await session.setShadowRootOpen(false);
    const page: Page = await session.browser.context.newPage();
    // The page hooks attachShadow before anything runs, hoping to catch the panel's root.
    await page.addInitScript(() => {
      const caught: ShadowRoot[] = [];
      (window as unknown as { caught: ShadowRoot[] }).caught = caught;
      const original = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        const root = original.call(this, { ...init, mode: 'open' });
        caught.push(root);
        return root;
      };
    });
    await page.goto(`${session.demoUrl}/klassiek/dossier/KD-2026-0412`);
    const cdp = await session.browser.context.newCDPSession(page);
    // The panel is there with its suggestions (seen the privileged way)…
    await expect.poll(async () => (await panelAsDevToolsSeesIt(cdp)).cards, { timeout: 20_000 }).toBeGreaterThan(0);
    expect((await panelAsDevToolsSeesIt(cdp)).type).toBe('closed');
    // …and the page's own scripts get nothing of it.
    const seen = await page.evaluate(() => {
      const host = document.querySelector('handreiking-panel');
      return {
        host: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        inner: host?.innerHTML ?? '',
        caught: (window as unknown as { caught: ShadowRoot[] }).caught.length,
        offerInPageText: document.body.innerText.includes('Kies dit aanbod'),
        buttonsFromPoint: document.elementsFromPoint(window.innerWidth - 100, 200).filter((el) => el.tagName === 'BUTTON').length,
      };
    });
    expect(seen).toEqual({ host: true, shadowRoot: null, inner: '', caught: 0, offerInPageText: false, buttonsFromPoint: 0 });
    // Not even Playwright's selectors get in without the test switch.
    expect(await new CasePanelPage(page).cards.count()).toBe(0);
    await page.close();
    await session.setShadowRootOpen(true);
  });

  it('records nothing for clicks a page script makes on the record buttons, and does record a real click', async () => {
    const page = await session.newPage('/klassiek/dossier/KD-2026-0412');
    const panel = new CasePanelPage(page);
    await panel.waitForSuggestions();
    const [first] = await panel.suggestionIds();
    await panel.panel.getByRole('button', { name: 'Past, maar geen aanbod' }).click();
    await panel.panel.getByRole('button', { name: 'Maatje', exact: true }).waitFor();
    // The attacker holds the buttons (the root is open for this test) and clicks them from script.
    const tried = await page.evaluate(() => {
      const root = document.querySelector('handreiking-panel')!.shadowRoot!;
      const buttons = [...root.querySelectorAll('button')].filter((b) => /^Kies dit aanbod|^Maatje$/.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));
      for (const button of buttons) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      return buttons.length;
    });
    expect(tried).toBeGreaterThanOrEqual(2);
    // A real click (Playwright's input goes through the browser) records.
    await panel.panel.getByRole('button', { name: 'Maatje', exact: true }).click();
    await panel.panel.locator('[data-registration="unmet"]').waitFor({ timeout: 10_000 });
    // Read back from the store on a fresh load: only the real click's record is there.
    await page.reload();
    await panel.waitForSuggestions();
    await panel.recorded.first().waitFor({ timeout: 20_000 });
    expect(await panel.recorded.evaluateAll((els) => els.map((el) => el.getAttribute('data-registration')))).toEqual(['unmet']);
    expect(await panel.card(first!).getByRole('button', { name: /^Kies dit aanbod/ }).count()).toBe(1);
    await page.close();
  });
});
