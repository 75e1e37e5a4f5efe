import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../lib/catalogue/catalogue-state';
import { CaseContext } from '../../../lib/contracts/case-context';
import { prefillRequestForm, type RequestForm } from '../../../lib/help-request/request-form';
import { checkRequestForm } from '../../../lib/help-request/request-payload';
import { organization, service } from '../catalogue/fixture-offers';

/* The professional's request form (issue 17): what it starts with from the case, and what may leave. */

const NOW = new Date('2026-06-01T10:00:00Z');
const offer = loadCatalogue({ version: '1', organizations: [organization('humanitas')], services: [service('maatje', 'humanitas', { zrm_domains: ['finances', 'social_network'] })] }).byId.get('maatje')!;

/** A fictitious client's case as an adapter reads it, with everything that must not be sent. */
const context = CaseContext.parse({
  system: 'klassiek',
  caseKey: 'KD-4711',
  zrm: { edition: '2017', scores: { social_network: 2, finances: 3 } },
  needText: 'Mevrouw Testera (geb. 12-03-1950) heeft schulden en is eenzaam; woont Dorpsstraat 12, 4811 AB Demostad.',
  postcode4: '4811',
  wijk: 'Centrum',
  language: 'ar',
  flags: ['domestic_violence', 'debts'],
  age: 83,
});

const contact = { name: 'Sam Werker', email: 's.werker@buurtteam.demo.example', phone: '010-7654321' };

function filled(patch: Partial<RequestForm> = {}): RequestForm {
  return { ...prefillRequestForm(offer, context, contact), task: 'Iemand om wekelijks samen te wandelen en koffie te drinken.', clientConsent: true, ...patch };
}

describe('prefillRequestForm', () => {
  it('takes the offer’s kind, the domain the case needs most, the wijk and the language as a word; never the postcode or anything from the case’s text', () => {
    const form = prefillRequestForm(offer, context, contact);
    expect(form).toEqual({
      kind: 'buddy',
      domain: 'social_network',
      wijk: 'Centrum',
      days: [],
      dayparts: [],
      language: 'Arabisch',
      task: '',
      professional: { name: 'Sam Werker', email: 's.werker@buurtteam.demo.example', phone: '010-7654321' },
      clientConsent: false,
    });
  });

  it('starts without a wijk rather than with the postcode when the case has none', () => {
    const form = prefillRequestForm(offer, CaseContext.parse({ ...context, wijk: undefined }), null);
    expect(form.wijk).toBe('');
    expect(JSON.stringify(form)).not.toContain('4811');
  });
});

describe('checkRequestForm', () => {
  it('builds the payload field by field: the request’s fields and nothing of the case', () => {
    const checked = checkRequestForm(filled({ days: ['wed', 'mon'], dayparts: ['morning'] }), offer, NOW);
    expect(checked).toEqual({
      ok: true,
      payload: {
        organizationId: 'humanitas',
        serviceId: 'maatje',
        kind: 'buddy',
        domain: 'social_network',
        wijk: 'Centrum',
        days: ['mon', 'wed'],
        dayparts: ['morning'],
        language: 'Arabisch',
        task: 'Iemand om wekelijks samen te wandelen en koffie te drinken.',
        professional: contact,
        clientConsent: true,
      },
    });
    const sent = JSON.stringify(checked);
    for (const secret of ['Testera', '4811', 'Dorpsstraat', '1950', 'KD-4711', 'schulden', 'domestic_violence', 'debts', '83']) expect(sent).not.toContain(secret);
  });

  it('refuses without the client’s consent', () => {
    expect(checkRequestForm(filled({ clientConsent: false }), offer, NOW)).toEqual({ ok: false, problems: [{ field: 'clientConsent', kind: 'consent' }] });
  });

  it.each([
    ['name', 'Voor mevrouw Jansen: samen boodschappen doen.'],
    ['bsn', 'Cliënt 111222333 wil graag wandelen.'],
    ['date_of_birth', 'Geboren 12-03-1950, wil graag wandelen.'],
    ['phone', 'Bel haar op 06-12345678 voor een afspraak.'],
    ['email', 'Mail naar cliënt@voorbeeld.example voor een afspraak.'],
    ['postcode_house_number', 'Samen wandelen vanaf Dorpsstraat 12 in de wijk.'],
    ['street', 'Ze woont aan de Kerkstraat, samen wandelen in de wijk.'],
    ['postcode', 'Samen wandelen in 3531 AB.'],
  ] as const)('refuses a task holding %s, and names it', (kind, task) => {
    const checked = checkRequestForm(filled({ task }), offer, NOW);
    expect(checked).toEqual({ ok: false, problems: [{ field: 'task', kind: 'personal_data', found: [kind] }] });
  });

  it('refuses an address given as the wijk', () => {
    const checked = checkRequestForm(filled({ wijk: '4811 AB 12' }), offer, NOW);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems).toEqual([{ field: 'wijk', kind: 'personal_data', found: ['postcode_house_number'] }]);
  });

  it('lets a wijk named like a street through in the wijk field, but not a street in the task', () => {
    expect(checkRequestForm(filled({ wijk: 'Nieuwmarkt' }), offer, NOW).ok).toBe(true);
    const checked = checkRequestForm(filled({ wijk: 'Nieuwmarkt', task: 'Boodschappen vanaf de Nieuwmarkt.' }), offer, NOW);
    expect(!checked.ok && checked.problems).toEqual([{ field: 'task', kind: 'personal_data', found: ['street'] }]);
  });

  it('names a missing e-mail address of the professional', () => {
    const checked = checkRequestForm(filled({ professional: { name: 'Sam Werker', email: 'geen adres', phone: '' } }), offer, NOW);
    expect(!checked.ok && checked.problems).toEqual([{ field: 'professional.email', kind: 'invalid' }]);
  });
});
