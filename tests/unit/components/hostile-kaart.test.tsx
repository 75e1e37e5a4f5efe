// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CasePanel } from '../../../components/case-panel';
import type { OverlayApi } from '../../../components/overlay-api';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import type { SuggestResponse } from '../../../lib/worker-protocol/protocol';
import { CONTEXT } from './case-context-fixture';
import { createGestureGate } from '../../../lib/user-gesture/gesture-gate';
import { organization, service } from '../catalogue/fixture-offers';
import { textsFor } from '../i18n/texts';

/*
 * A hostile kaart (SECURITY.md): whoever can publish to the team's sociale kaart writes text that
 * the panel shows inside the professional's case system. Markup must stay text, only web, mail and
 * phone links may be made, and an entry that tries another scheme or reverses text direction is
 * left out of the kaart with a reason instead of shown.
 */

const MARKUP_NAME = '<img src=x onerror="globalThis.__pwned=1">Maatje';
const MARKUP_DESCRIPTION = '<script>globalThis.__pwned=2</script><b>vet</b>';
const MARKUP_CONDITION = '<a href="javascript:globalThis.__pwned=3">klik</a>';

const kaart = parseCatalogue({
  version: 'hostile-1',
  demo: false,
  organizations: [organization('org', { name: '<iframe src="https://evil.example"></iframe>' })],
  services: [
    service('markup', 'org', { conditions: [MARKUP_CONDITION], request: { phone: { number: '+31 (0)6-1234 5678' }, email: 'aanvraag@org.example', form_url: 'https://org.example/aanvraag' } }, { name: MARKUP_NAME, description: MARKUP_DESCRIPTION }),
    service('script-link', 'org', { request: { form_url: 'javascript:globalThis.__pwned=4' } }),
    service('data-link', 'org', { request: { form_url: 'data:text/html,<script>globalThis.__pwned=5</script>' } }),
    service('mail-header', 'org', { request: { email: 'a@org.example?bcc=everyone@org.example' } }),
    // U+202E turns the rest of the line around: "Alleen voor vrouwen" could be made to read otherwise.
    service('reversed', 'org', {}, { name: 'Maatje \u202Enemmovw roov neella' }),
  ],
});


function apiFor(serviceId: string): OverlayApi {
  const offer = kaart.offers.find((o) => o.id === serviceId)!;
  const response: SuggestResponse = {
    caseRef: 'a'.repeat(64),
    result: { suggestions: [{ serviceId, score: 5, reasons: [{ type: 'domain', domain: 'social_network', score: 2 }], notes: [] }], warnings: [], networkPrompt: 'ask_network', leftOut: [] },
    offers: { [serviceId]: offer },
    registrations: [],
    catalogue: { version: kaart.version, demo: false, offers: kaart.offers.length, skipped: kaart.skipped.length },
  };
  const unused = vi.fn(async () => {
    throw new Error('not used');
  });
  return { suggest: vi.fn(async () => response), search: vi.fn(async () => ({ hits: [], offers: {} })), register: unused, updateStatus: unused, updateDetails: unused, eraseCase: unused, removeRecord: unused };
}

afterEach(() => {
  cleanup();
  delete (globalThis as { __pwned?: unknown }).__pwned;
});

describe('a hostile kaart entry', () => {
  it('is left out when a link has another scheme than http(s), a mail address carries headers, or the text direction is overridden', () => {
    expect(kaart.offers.map((o) => o.id)).toEqual(['markup']);
    expect(kaart.skipped.map((s) => s.id).sort()).toEqual(['data-link', 'mail-header', 'reversed', 'script-link']);
  });

  it('shows markup as the text it is and makes only web, mail and phone links', async () => {
    const { container } = render(
      <CasePanel context={CONTEXT} api={apiFor('markup')} collapsed={false} onCollapsedChange={() => undefined} texts={textsFor('nl')} onLocaleChange={() => undefined} gestureGate={createGestureGate({ isTrusted: () => true })} />,
    );
    await screen.findByText(MARKUP_NAME);
    // Every part of the entry is on screen, and none of it became an element.
    for (const details of container.querySelectorAll('details')) details.open = true;
    expect(container.textContent).toContain(MARKUP_DESCRIPTION);
    expect(container.textContent).toContain(MARKUP_CONDITION);
    expect(container.querySelector('img, script, iframe, b, object, embed')).toBeNull();

    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs).toEqual(expect.arrayContaining(['tel:+310612345678', 'mailto:aanvraag@org.example', 'https://org.example/aanvraag']));
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:[^?&]+$|tel:[0-9+]+$)/);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});
