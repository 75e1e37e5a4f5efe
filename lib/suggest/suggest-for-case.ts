import { requestSummaries } from '../help-request/request-help';
import { CaseContext, type CaseContextInput } from '../contracts/case-context';
import type { Offer } from '../contracts/catalogue';
import type { LoadedCatalogue } from '../catalogue/catalogue-state';
import { can } from '../contracts/abilities';
import { completeReading } from '../case-text/complete-reading';
import { matchCase } from '../matching/match-case';
import { getConnection } from '../store/connection';
import { caseRefOf } from '../privacy/case-ref';
import { TeamKeyMissing } from '../store/meta';
import { registrationsForCase } from '../store/registrations';
import type { CatalogueInfo, SearchResponse, SuggestResponse } from '../worker-protocol/protocol';
import type { ServiceDeps } from '../worker-protocol/service-deps';

/*
 * The background's answers to the panel's questions (what fits this case, what does this search
 * find), as plain functions over a database and a catalogue so they can be tested without a browser.
 */

function pick(catalogue: LoadedCatalogue, ids: Iterable<string>): Record<string, Offer> {
  const out: Record<string, Offer> = {};
  for (const id of ids) {
    const offer = catalogue.byId.get(id);
    if (offer) out[id] = offer;
  }
  return out;
}

export function catalogueInfo(catalogue: LoadedCatalogue): CatalogueInfo {
  return { version: catalogue.version, demo: catalogue.demo, offers: catalogue.offers.length, skipped: catalogue.skipped.length };
}

export async function suggest(deps: ServiceDeps, input: CaseContextInput): Promise<SuggestResponse> {
  // The page's text is read here, in the background (lib/case-text/complete-reading.ts).
  const context = completeReading(CaseContext.parse(input));
  const { catalogue } = deps;
  const result = matchCase({ context, offers: catalogue.offers, index: catalogue.index, gazetteer: catalogue.gazetteer, now: deps.now() });
  let teamKeyWaiting = false;
  const caseRef = await caseRefOf(deps.db, context).catch((error: unknown) => {
    // Signed in but without the team's key: suggestions still, records not (lib/store/meta.ts).
    if (!(error instanceof TeamKeyMissing)) throw error;
    teamKeyWaiting = true;
    return null;
  });
  const registrations = caseRef ? await registrationsForCase(deps.db, caseRef) : [];
  const ids = [
    ...result.suggestions.map((s) => s.serviceId),
    ...result.leftOut.map((l) => l.serviceId),
    ...registrations.flatMap((r) => (r.serviceId ? [r.serviceId] : [])),
  ];
  const waiting = await Promise.all(registrations.map((r) => deps.db.getKey('outbox', r.id)));
  const unsent = registrations.filter((_, i) => waiting[i] !== undefined).map((r) => r.id);
  const role = (await getConnection(deps.db))?.user.role;
  // Not signed in (the demo, or before the first sign-in) records on this device, as before.
  const notForRole = role && !can(role, 'record') ? { recordingNotForRole: role } : {};
  const erasable = registrations.length > 0 && (!role || can(role, 'eraseCases'));
  const requests = registrations.length ? await requestSummaries(deps, registrations.map((r) => r.id)) : {};
  // Requests need the team's server; before sign-in (the demo) the panel offers none.
  const mayRequest = role && can(role, 'sendRequests') ? { mayRequest: true as const } : {};
  return { caseRef, result, offers: pick(catalogue, ids), registrations, catalogue: catalogueInfo(catalogue), ...(unsent.length ? { unsent } : {}), ...(erasable ? { mayErase: true } : {}), ...notForRole, ...(teamKeyWaiting ? { teamKeyWaiting: true as const } : {}), ...(role && can(role, 'mapCaseSystems') ? { mayMapSystem: true as const } : {}), ...(Object.keys(requests).length ? { requests } : {}), ...mayRequest };
}

export function search(deps: ServiceDeps, text: string): SearchResponse {
  const hits = deps.catalogue.index.search(text.slice(0, 200), { limit: 10 });
  return { hits, offers: pick(deps.catalogue, hits.map((h) => h.id)) };
}

