import { CaseContext, type CaseContextInput } from '../contracts/case-context';
import type { Offer } from '../contracts/catalogue';
import type { Registration } from '../contracts/registration';
import type { LoadedCatalogue } from '../catalogue/catalogue-state';
import { matchCase } from '../matching/match-case';
import type { CatalogueInfo, SearchResponse, SuggestResponse } from '../messages/protocol';
import { pseudonymise } from '../privacy/pseudonym';
import type { Database } from '../store/database';
import { pseudonymSecret } from '../store/meta';
import { choiceFromOffer, registrationsForCase, saveRegistration } from '../store/registrations';

/*
 * The background's answers to the overlay, as plain functions over a database and a catalogue so
 * they can be tested without a browser. The raw case key is used here once, to make the
 * pseudonymous reference, and goes no further.
 */

export interface ServiceDeps {
  db: Database;
  catalogue: LoadedCatalogue;
  now: () => Date;
}

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

async function caseRefOf(deps: ServiceDeps, context: CaseContext): Promise<string | null> {
  if (!context.caseKey) return null;
  return pseudonymise(await pseudonymSecret(deps.db), context.system, context.caseKey);
}

export async function suggest(deps: ServiceDeps, input: CaseContextInput): Promise<SuggestResponse> {
  const context = CaseContext.parse(input);
  const { catalogue } = deps;
  const result = matchCase({ context, offers: catalogue.offers, index: catalogue.index, now: deps.now() });
  const caseRef = await caseRefOf(deps, context);
  const registrations = caseRef ? await registrationsForCase(deps.db, caseRef) : [];
  const ids = [...result.suggestions.map((s) => s.serviceId), ...registrations.flatMap((r) => (r.serviceId ? [r.serviceId] : []))];
  return { caseRef, result, offers: pick(catalogue, ids), registrations, catalogue: catalogueInfo(catalogue) };
}

export function search(deps: ServiceDeps, text: string): SearchResponse {
  const hits = deps.catalogue.index.search(text.slice(0, 200), { limit: 10 });
  return { hits, offers: pick(deps.catalogue, hits.map((h) => h.id)) };
}

export async function recordChoice(deps: ServiceDeps, input: CaseContextInput, serviceId: string): Promise<Registration> {
  const context = CaseContext.parse(input);
  const caseRef = await caseRefOf(deps, context);
  if (!caseRef) throw new Error('Geen dossiernummer gevonden op deze pagina: keuze niet vastgelegd.');
  const offer = deps.catalogue.byId.get(serviceId);
  if (!offer) throw new Error(`Onbekend aanbod "${serviceId}": de sociale kaart is mogelijk bijgewerkt. Vernieuw de pagina.`);
  return saveRegistration(deps.db, choiceFromOffer(caseRef, offer, deps.now()));
}
