// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { AdapterConfig } from '../../../lib/adapters/adapter-config';
import { MAX_SIGNAL_ELEMENTS, readPage } from '../../../lib/adapters/read-case';
import { watchCase } from '../../../lib/adapters/watch-case';
import type { CaseContext } from '../../../lib/contracts/case-context';

/*
 * A team's config reaches the page as data. The schema refuses most bad selectors before any
 * device uses them, but the engine must survive what gets past it (a selector this browser
 * refuses after all, a selector that matches the whole page): the field is skipped or its text
 * bounded, the rest of the case is read, and the page is left as it was.
 */

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');
}

const CASE = `<nav><ul>${Array.from({ length: 1000 }, (_, i) => `<li>sig${i}</li>`).join('')}</ul></nav><main><dl><dt>Dossiernummer</dt><dd>KD-2026-0412</dd><dt>Postcode</dt><dd>4811 AB</dd><dt>Wijk</dt><dd>Noord</dd></dl>
  <h2>Hulpvraag</h2><p id="hulpvraag">Mevrouw voelt zich eenzaam sinds haar man overleed en zoekt contact met mensen in de buurt.</p>
  <ul class="signalen"><li>Eenzaamheid</li></ul></main>`;

/** Selectors jsdom's engine throws on when it queries a document, as a browser does. */
const THROWS = ['p:nope', '##', 'a[', 'svg|rect', 'p:has('];

const base: AdapterConfig = {
  id: 'team-systeem',
  name: 'Het systeem van het team',
  matches: ['https://zaak.gemeente.nl/*'],
  fields: {
    caseKey: { labels: ['Dossiernummer'] },
    postcode: { labels: ['Postcode'] },
    wijk: { labels: ['Wijk'] },
    need: [{ labels: ['Hulpvraag'] }],
    signals: 'ul.signalen li',
  },
  zrm: {},
};

describe('a config with selectors the browser throws on', () => {
  it('jsdom throws on them, as a browser does', () => {
    const doc = page(CASE);
    for (const selector of THROWS) expect(() => doc.querySelector(selector), selector).toThrow();
  });

  it('reads every field by its labels instead, and is not held back by a ready or ZRM selector that throws', () => {
    const config: AdapterConfig = {
      ...base,
      ready: THROWS[0],
      fields: {
        ...base.fields,
        caseKey: { selector: THROWS[1], labels: ['Dossiernummer'] },
        postcode: { selector: THROWS[2], labels: ['Postcode'] },
        need: [{ selector: THROWS[3], labels: ['Hulpvraag'] }],
        signalText: { selector: THROWS[4], labels: [] },
        signals: THROWS[4],
      },
      zrm: { container: THROWS[0] },
    };
    const context = readPage(page(CASE), config);
    expect(context).toMatchObject({ caseKey: 'KD-2026-0412', postcode4: '4811', wijk: 'Noord' });
    expect(context?.needText).toContain('eenzaam');
  });

  it('keeps the selectors the browser runs', () => {
    const config: AdapterConfig = { ...base, fields: { ...base.fields, caseKey: { selector: 'dd:nth-of-type(1)', labels: [] }, postcode: { selector: THROWS[1], labels: [] } } };
    const context = readPage(page(CASE), config);
    expect(context?.caseKey).toBe('KD-2026-0412');
    expect(context?.postcode4).toBe('4811');
  });
});

describe('a config whose selectors match the whole page', () => {
  const huge = `${CASE}<article>${'<p>Lorem ipsum dolor sit amet, dit is heel veel tekst op de pagina. </p>'.repeat(5000)}</article>`;
  const wholePage: AdapterConfig = {
    ...base,
    ready: 'html',
    fields: {
      caseKey: { selector: 'html', labels: ['Dossiernummer'] },
      postcode: { selector: 'body', labels: [] },
      household: { selector: '*', labels: [] },
      need: [{ selector: 'body', labels: [] }, { selector: '*', labels: [] }, { selector: 'html', labels: [] }],
      signals: '*',
      signalText: { selector: 'body', labels: [] },
    },
    zrm: { container: 'html' },
  };

  it('reads bounded text from a page of 350 KB and leaves the page as it was', () => {
    const doc = page(huge);
    const before = doc.documentElement.outerHTML;
    expect(before.length).toBeGreaterThan(350_000);
    const context = readPage(doc, wholePage) as CaseContext;
    expect(context.needText.length).toBeLessThanOrEqual(4000);
    expect(context.readingText!.length).toBeLessThanOrEqual(70_000);
    expect((context.caseKey ?? '').length).toBeLessThanOrEqual(200);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it(`reads signals from at most ${MAX_SIGNAL_ELEMENTS} elements`, () => {
    // The navigation's items are no case text: only the signals selector brings them into the reading.
    const context = readPage(page(CASE), { ...base, fields: { ...base.fields, signals: 'nav li' } }) as CaseContext;
    const signals = context.readingText!.split('\n').filter((line) => /^sig\d+$/.test(line));
    expect(signals.length).toBeGreaterThan(0);
    expect(signals.length).toBeLessThanOrEqual(MAX_SIGNAL_ELEMENTS);
  });

  it('the watcher reports a reading, not an error, for a page and config both hostile', async () => {
    const doc = page(huge);
    const controller = new AbortController();
    const readings: Array<CaseContext | null | undefined> = [];
    watchCase({ doc, config: () => ({ ...wholePage, fields: { ...wholePage.fields, birth: { selector: THROWS[0], labels: [] } } }), skip: () => null, signal: controller.signal, onChange: (c) => readings.push(c) });
    controller.abort();
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ system: 'team-systeem' });
  });
});
