import type { Role } from '../../lib/contracts/accounts';

/*
 * The people of the local OpenID provider: one per role of Buurtteam Demostad Noord, and one whose
 * group no rule maps (to show the refusal). Their `groups` claim is what an organisation's directory
 * would send; the claim rules on the server turn a group into a team and a role.
 */

export interface DemoPerson {
  /** What is typed (or clicked) on the provider's login page; also the stable `sub`. */
  login: string;
  name: string;
  email: string;
  groups: string[];
  /** The role the demo rules give this person; null for the one no rule maps. */
  role: Role | null;
}

export const DEMO_GROUP_PREFIX = 'demostad-noord-';

export const DEMO_PEOPLE: DemoPerson[] = [
  { login: 'pien', name: 'Pien Professional', email: 'pien@demostad.example', groups: ['demostad-noord-professional'], role: 'professional' },
  { login: 'ali', name: 'Ali Ambassadeur', email: 'ali@demostad.example', groups: ['demostad-noord-ambassador'], role: 'ambassador' },
  { login: 'anouk', name: 'Anouk Aandacht', email: 'anouk@demostad.example', groups: ['demostad-noord-aandachtsfunctionaris'], role: 'aandachtsfunctionaris' },
  { login: 'kees', name: 'Kees Kaarthouder', email: 'kees@demostad.example', groups: ['demostad-noord-kaart_keeper'], role: 'kaart_keeper' },
  { login: 'bea', name: 'Bea Beheerder', email: 'bea@demostad.example', groups: ['demostad-noord-admin'], role: 'admin' },
  { login: 'olaf', name: 'Olaf Onbekend', email: 'olaf@demostad.example', groups: ['burgerzaken'], role: null },
];
