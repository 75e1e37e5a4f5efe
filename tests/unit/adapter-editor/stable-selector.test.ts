// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { itemsSelector, selectorFor, stableSelector } from '../../../lib/adapter-editor/stable-selector';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

describe('a selector for a clicked element', () => {
  it('names it by what a vendor keeps stable: id, name, data attribute, accessible name', () => {
    const doc = page(`
      <div id="client-number">C-1</div>
      <input name="postcode" value="4813 BK">
      <span data-testid="wijk">Noord</span>
      <output aria-label="Voorkeurstaal">Pools</output>`);
    expect(stableSelector(doc.querySelector('div')!)).toBe('#client-number');
    expect(stableSelector(doc.querySelector('input')!)).toBe('input[name="postcode"]');
    expect(stableSelector(doc.querySelector('span')!)).toBe('[data-testid="wijk"]');
    expect(stableSelector(doc.querySelector('output')!)).toBe('output[aria-label="Voorkeurstaal"]');
  });

  it('passes over generated ids and classes, which change with the next release or record', () => {
    const doc = page(`<div><span id="ember1234" class="css-1x9kq2 sc-bdVaJa">A</span><span id="a3f9c2e1b7d4">B</span></div>`);
    expect(stableSelector(doc.querySelectorAll('span')[0]!)).toBeNull();
    expect(stableSelector(doc.querySelectorAll('span')[1]!)).toBeNull();
  });

  it('falls back to positions from the nearest stable ancestor, and picks out exactly that element', () => {
    const doc = page(`<section id="gegevens"><div><span>Naam</span><span>T. Voorbeeld</span></div><div><span>Wijk</span><span>Noord</span></div></section>`);
    const noord = doc.querySelectorAll('span')[3]!;
    const selector = selectorFor(noord);
    expect(selector).toBe('#gegevens > div:nth-of-type(2) > span:nth-of-type(2)');
    expect(Array.from(doc.querySelectorAll(selector))).toEqual([noord]);
  });

  it('does not take a class that is on several elements as if it named one', () => {
    const doc = page(`<p class="waarde">1</p><p class="waarde">2</p>`);
    expect(stableSelector(doc.querySelectorAll('p')[1]!)).toBeNull();
    const selector = selectorFor(doc.querySelectorAll('p')[1]!);
    expect(Array.from(doc.querySelectorAll(selector))).toEqual([doc.querySelectorAll('p')[1]]);
  });

  it('names a list item together with its kind beside it', () => {
    const doc = page(`<ul class="signalen"><li>Schulden</li><li>Eenzaam</li></ul><fieldset id="risico"><input type="checkbox" checked><input type="checkbox"><input type="text"></fieldset>`);
    expect(itemsSelector(doc.querySelector('li')!)).toBe('ul.signalen > li');
    expect(itemsSelector(doc.querySelector('input')!)).toBe('#risico > input[type="checkbox"]');
  });

  it('quotes attribute values so a hostile name cannot break out of the selector', () => {
    const doc = page(`<input name='x"] , body [y="'>`);
    const selector = stableSelector(doc.querySelector('input')!)!;
    expect(Array.from(doc.querySelectorAll(selector))).toEqual([doc.querySelector('input')]);
  });
});
