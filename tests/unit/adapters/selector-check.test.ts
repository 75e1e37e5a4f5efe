import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { selectorProblem } from '../../../lib/adapters/selector-check';

/*
 * The server and the background judge selectors without a DOM. What they let through must be a
 * selector a browser runs; jsdom's engine (nwsapi) stands in for the browser as a second opinion.
 */
const { document } = new JSDOM('<!doctype html><p>x</p>').window;
const runs = (selector: string) => {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
};

describe('selectorProblem', () => {
  it.each([
    '#registratienummer',
    'ul.signalen li',
    '[class$="-tags"] > [class$="-chip"]',
    'input[name="signalen"]',
    'tr:has(> th) td',
    'dl > dd:nth-of-type(3)',
    'td:nth-child(2n + 1)',
    ':is(h2, h3) + p',
    'li:not(.done)',
    '[data-veld="postcode" i]',
    'main dl',
  ])('accepts %s, which a browser runs', (selector) => {
    expect(selectorProblem(selector)).toBeUndefined();
    expect(runs(selector)).toBe(true);
  });

  it.each([
    ['div#', 'geen geldige CSS'],
    ['a,', 'geen geldige CSS'],
    ['p:bogus', 'pseudo-klasse :bogus'],
    ['div:nth-child(foo)', 'formule'],
    ['a::before', 'pseudo-element'],
    ['svg|rect', 'namespace'],
    ['a || b', 'combinator'],
    ['a < b', 'combinator'],
    ['a >', 'combinator'],
    ['> a', 'combinator'],
    [':not(> a)', 'combinator'],
    ['div:has(p:has(span))', ':has() binnen :has()'],
    [':not(:is(:not(a)))', 'te diep'],
    ['a, b, c, d, e, f, g, h, i', 'alternatieven'],
    ['div '.repeat(25).trim(), 'delen'],
    [`#${'a'.repeat(300)}`, 'langer dan 300'],
  ])('refuses %s (%s)', (selector, reason) => {
    expect(selectorProblem(selector)).toContain(reason);
  });
});
