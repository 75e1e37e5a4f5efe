import type { Ability } from '../contracts/abilities';
import type { Role } from '../contracts/accounts';
import type { PlainKey } from '../i18n/translate';

/*
 * Where someone is in the console, kept in the address's fragment (#/teams, #/teams/<id>) so the
 * browser's back button and a reload keep the page. Nothing else is read from the address.
 *
 * CONSOLE_ROUTES is the one table of the console's pages: adding a page is one row here (and its
 * component in components/console/console-app/pages.tsx, which the types ask for). Who may open a
 * page is its `roles`; the navigation shows only those pages, any other role gets the refusal page,
 * and tests/unit/console/route-table.test.tsx and tests/server/console-route-abilities.test.ts are
 * generated from this table, so a row whose roles do not match its API abilities fails them.
 */

/** What a `:name` part of a pattern may hold; anything else is no page (and never reaches the API). */
export const PARAM_KINDS = {
  uuid: { source: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', example: '0190a0b0-0000-7000-8000-000000000001' },
  /** Ids such as the kaart's offer ids and the adapters' ids. */
  slug: { source: '[a-z0-9][a-z0-9_.-]{0,99}', example: 'voorbeeld-1' },
} as const;
export type ParamKind = keyof typeof PARAM_KINDS;

export interface RouteRow {
  page: string;
  /** The fragment, with `:name` for a parameter (`#/teams/:teamId`): a UUID unless `params` says otherwise. */
  pattern: `#/${string}`;
  params?: Readonly<Record<string, ParamKind>>;
  /** The roles that may open the page. */
  roles: readonly Role[];
  /**
   * The abilities (lib/contracts/abilities.ts) of the API calls the page makes, beyond reads every
   * signed-in role may make: the server must allow each of them to exactly `roles`.
   */
  abilities: readonly Ability[];
  /** The navigation's text for a page without parameters; pages with parameters are reached by links. */
  nav?: PlainKey;
}

export const CONSOLE_ROUTES = [
  { page: 'teams', pattern: '#/teams', roles: ['admin'], abilities: ['administer'], nav: 'console.nav.teams' },
  { page: 'team', pattern: '#/teams/:teamId', roles: ['admin'], abilities: ['administer', 'embedPlugin'] },
  { page: 'adapters', pattern: '#/teams/:teamId/adapters', roles: ['admin'], abilities: ['administer', 'mapCaseSystems'] },
  { page: 'oidc', pattern: '#/oidc', roles: ['admin'], abilities: ['administer'], nav: 'console.nav.oidc' },
  // The kaart: the administrator reads it, the kaart keeper also edits it and uploads a new one.
  { page: 'kaart', pattern: '#/kaart', roles: ['kaart_keeper', 'admin'], abilities: [], nav: 'console.nav.kaart' },
  // Before the offer's row: "upload", "import" and "synonyms" would also fit an offer id.
  { page: 'kaart-upload', pattern: '#/kaart/upload', roles: ['kaart_keeper'], abilities: ['publishKaart'] },
  { page: 'kaart-import', pattern: '#/kaart/import', roles: ['kaart_keeper'], abilities: ['publishKaart'] },
  { page: 'kaart-synonyms', pattern: '#/kaart/synonyms', roles: ['kaart_keeper'], abilities: ['publishKaart'] },
  // Organisations' proposals to change their own offers (issue 17), for the keeper to decide.
  { page: 'proposals', pattern: '#/kaart/voorstellen', roles: ['kaart_keeper'], abilities: ['publishKaart'], nav: 'console.nav.proposals' },
  { page: 'offer', pattern: '#/kaart/:offerId', params: { offerId: 'slug' }, roles: ['kaart_keeper'], abilities: ['publishKaart'] },
  { page: 'audit', pattern: '#/audit', roles: ['admin', 'kaart_keeper'], abilities: ['readAudit'], nav: 'console.nav.audit' },
  // A volunteer organisation's coordinator answers the requests sent to it (issue 17).
  { page: 'requests', pattern: '#/verzoeken', roles: ['coordinator'], abilities: ['answerRequests'], nav: 'console.nav.requests' },
  // …and proposes changes to its own organisation's offers in the kaart, which the kaart keeper decides
  // (the list of its own offers, GET /organisation/offers, is the one #/verzoeken sets availability in).
  { page: 'own-offers', pattern: '#/aanbod', roles: ['coordinator'], abilities: ['answerRequests', 'proposeOffers'], nav: 'console.nav.ownOffers' },
  { page: 'propose', pattern: '#/aanbod/:offerId', params: { offerId: 'slug' }, roles: ['coordinator'], abilities: ['answerRequests', 'proposeOffers'] },
  { page: 'revise', pattern: '#/aanbod/voorstel/:proposalId', roles: ['coordinator'], abilities: ['proposeOffers'] },
] as const satisfies readonly RouteRow[];

type Row = (typeof CONSOLE_ROUTES)[number];
export type ConsolePage = Row['page'];

/** The `:name` parts of a pattern. */
type ParamsOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamsOf<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** A page with its parameters: `{ page: 'team', teamId: '…' }`. */
export type ConsoleRoute = { [R in Row as R['page']]: { page: R['page'] } & Record<ParamsOf<R['pattern']>, string> }[ConsolePage];
export type RouteOf<P extends ConsolePage> = Extract<ConsoleRoute, { page: P }>;

/** The kind of each `:name` of a row, UUID unless the row says otherwise. */
export function paramKinds(row: RouteRow): Array<[name: string, kind: ParamKind]> {
  return [...row.pattern.matchAll(/:(\w+)/g)].map(([, name]) => [name!, row.params?.[name!] ?? 'uuid']);
}

const compiled = CONSOLE_ROUTES.map((row: RouteRow) => {
  const kinds = new Map(paramKinds(row));
  const source = row.pattern.split('/').map((part) => (part.startsWith(':') ? `(${PARAM_KINDS[kinds.get(part.slice(1))!].source})` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return { row, names: [...kinds.keys()], regex: new RegExp(`^${source.join('/')}$`, 'i') };
});

export function routeRow(page: ConsolePage): Row {
  return CONSOLE_ROUTES.find((row) => row.page === page)!;
}

/** The page a fragment names, or null for one that names no page (an empty or unknown fragment). */
export function parseRoute(hash: string): ConsoleRoute | null {
  for (const { row, names, regex } of compiled) {
    const match = regex.exec(hash);
    if (match) return Object.fromEntries([['page', row.page], ...names.map((name, i) => [name, match[i + 1]!.toLowerCase()])]) as ConsoleRoute;
  }
  return null;
}

export function routeHash(route: ConsoleRoute): string {
  const params = route as unknown as Record<string, string>;
  return routeRow(route.page).pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

export function mayOpen(role: Role, page: ConsolePage): boolean {
  return (routeRow(page).roles as readonly Role[]).includes(role);
}

/** The pages in the navigation for this role, in the table's order. */
export function navigationFor(role: Role): Array<Row & { nav: PlainKey }> {
  return CONSOLE_ROUTES.filter((row): row is Extract<Row, { nav: PlainKey }> => 'nav' in row && mayOpen(role, row.page));
}

/** Where a role starts: its first page in the navigation; null for a role the console has nothing for. */
export function homeFor(role: Role): ConsoleRoute | null {
  const [first] = navigationFor(role);
  return first ? ({ page: first.page } as ConsoleRoute) : null;
}
