import type { HelpRequestDraft } from '../../lib/contracts/help-request';
import { ORGANIZATION_ID } from './kaart-fixture';

/** A request of a registration to the test kaart's organisation, as a professional fills it in. */
export function helpRequestDraft(registrationId: string, overrides: Partial<HelpRequestDraft> = {}): HelpRequestDraft {
  return {
    registrationId,
    organizationId: ORGANIZATION_ID,
    kind: 'volunteer_organisation',
    domain: 'finances',
    wijk: 'Noord',
    days: ['tue', 'thu'],
    dayparts: ['morning'],
    language: 'Nederlands',
    task: 'Samen de post doornemen en een overzicht van rekeningen maken, twee keer per maand.',
    professional: { name: 'Pim Professional', email: 'pim@buurtteam.test' },
    clientConsent: true,
    ...overrides,
  };
}
