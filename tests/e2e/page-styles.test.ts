import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVAL_CASES } from '../eval/cases/index';
import { evalPagePath, type EvalCase } from '../eval/eval-case';
import { startSession, type Session } from './harness';
import { CasePanelPage } from './pages/case-panel';

/*
 * Case pages in styles no adapter config was written for (the evaluation set in tests/eval/cases/,
 * served by the demo server under /stijl/), read in Chromium by the built extension's generic
 * adapter. The offers expected come from each case's own judgement (`expect.top5`, `expect.never`),
 * never from this file. The cases were picked because the Node pipeline (tests/eval/pipeline.ts)
 * already gets them right, with no date of their own (the browser matches at today's date); when
 * one fails here, run the Node pipeline on it first: the reader or matcher may have changed.
 */

/** Two per style; each has offers that must never appear. */
const PICKED: Record<string, [string, string]> = {
  // Report with headings and paragraphs.
  'kop-alinea': [
    'kop-01', // lonely older woman in Oost: a buddy and the weekly neighbourhood visit; offers for other areas excluded
    'kop-05', // school leaver of 19: the youth buddy; he keeps his family out, so no Eigen Kracht or network coach
  ],
  // Intake form: textareas, ZRM as selects / number inputs.
  formulier: [
    'form-01', // lonely older woman in Centrum: a buddy for visits and walks; neighbourhood offers of other areas excluded
    'form-03', // debts and shame: anonymous budget and paperwork help; no debt buddy, no family or neighbours
  ],
  // Definition lists, ZRM as lines with the level's words.
  'zrm-lijst': [
    'lijst-21', // village outside Demostad: groceries and a garden job that reach the villages; town-only offers excluded
    'lijst-24', // father of two young children: family buddy and single parents' group; a women-only group excluded
  ],
};

/** The page denies the risks ("geen sprake van een crisis of van ernstige psychiatrische problematiek. Geen verslaving, geen schulden"). */
const DENIES_RISKS = 'form-16';

function evalCase(id: string): EvalCase {
  const found = EVAL_CASES.find((c) => c.id === id);
  if (!found) throw new Error(`No evaluation case ${id} in tests/eval/cases/`);
  return found;
}

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

async function openEvalPage(c: EvalCase) {
  const page = await session.newPage(evalPagePath(c));
  const panel = new CasePanelPage(page);
  await panel.waitForSuggestions();
  return { page, panel };
}

describe('case pages in other page styles, read by the generic adapter', () => {
  const picked = Object.entries(PICKED).flatMap(([style, ids]) => ids.map((id) => ({ style, c: evalCase(id) })));

  it('picks cases of the style they are listed under, each with offers to show', () => {
    expect(picked.map(({ c }) => c.style)).toEqual(picked.map(({ style }) => style));
    for (const { c } of picked) expect(c.expect.top5.length, c.id).toBeGreaterThan(0);
    expect(picked.some(({ c }) => c.expect.never.length > 0)).toBe(true);
  });

  it.each(picked.map(({ style, c }) => [style, c.id, c] as const))(
    '%s page %s: shows the offers expected in the first five and none of the excluded offers',
    async (_style, _id, c) => {
      const { page, panel } = await openEvalPage(c);
      const ids = await panel.suggestionIds();
      const firstFive = ids.slice(0, 5);
      for (const expected of c.expect.top5) expect(firstFive, `${c.id}: ${expected} among the first five`).toContain(expected);
      // No card anywhere in the panel offers an excluded one. (The "left out" list may name it, with
      // the reason it does not fit: that is not an offer.)
      const offered = await panel.cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-service-id') ?? ''));
      expect(offered).toEqual(expect.arrayContaining(ids));
      expect(offered.filter((id) => c.expect.never.includes(id)), `${c.id}: excluded offers suggested`).toEqual([]);
      await page.close();
    },
  );

  it('lists an excluded offer that answers the need behind "show what was left out", with its reason, and never as a card', async () => {
    // form-03: debts with shame; the Humanitas schuldhulpmaatje would fit but takes nobody now.
    const c = evalCase('form-03');
    expect(c.expect.never).toContain('humanitas-schuldhulpmaatje');
    const { page, panel } = await openEvalPage(c);
    const leftOut = panel.panel.locator('details.hr-left-out');
    await expect(leftOut.locator('summary').textContent()).resolves.toMatch(/weggelaten \(\d+\)|left out \(\d+\)/);
    await leftOut.locator('summary').click();
    const item = leftOut.locator('li[data-service-id="humanitas-schuldhulpmaatje"]');
    expect(await item.getAttribute('data-left-out-reason')).toBe('full');
    expect(await item.isVisible()).toBe(true);
    expect(await panel.suggestionIds()).not.toContain('humanitas-schuldhulpmaatje');
    await page.close();
  });

  it(`raises no warning on a page that says risks are absent (${DENIES_RISKS}: "geen sprake van een crisis")`, async () => {
    const c = evalCase(DENIES_RISKS);
    expect(c.html).toMatch(/geen sprake van/i);
    expect(c.expect.warnings).toEqual([]);
    const { page, panel } = await openEvalPage(c);
    expect(await panel.warningCodes()).toEqual([]);
    expect(await panel.warnings.count()).toBe(0);
    await page.close();
  });
});
