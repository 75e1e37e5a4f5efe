import { CaseContext, type CaseContextInput } from '../contracts/case-context';
import type { Offer } from '../contracts/catalogue';
import { DetailsUpdate, RegistrationDraft, StatusUpdate, type Registration } from '../contracts/registration';
import type { LoadedCatalogue } from '../catalogue/catalogue-state';
import { matchCase } from '../matching/match-case';
import type { CatalogueInfo, SearchResponse, SuggestResponse } from '../messages/protocol';
import { pseudonymise } from '../privacy/pseudonym';
import type { Database } from '../store/database';
import { pseudonymSecret } from '../store/meta';
import { registrationFromDraft } from '../registration/from-draft';
import { isFinal } from '../registration/status-flow';
import {
  registrationsForCase,
  saveRegistration,
  saveRegistrationUnlessPresent,
  updateRegistrationDetails,
  updateRegistrationStatus,
} from '../store/registrations';

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
  const result = matchCase({ context, offers: catalogue.offers, index: catalogue.index, gazetteer: catalogue.gazetteer, now: deps.now() });
  const caseRef = await caseRefOf(deps, context);
  const registrations = caseRef ? await registrationsForCase(deps.db, caseRef) : [];
  const ids = [
    ...result.suggestions.map((s) => s.serviceId),
    ...result.leftOut.map((l) => l.serviceId),
    ...registrations.flatMap((r) => (r.serviceId ? [r.serviceId] : [])),
  ];
  return { caseRef, result, offers: pick(catalogue, ids), registrations, catalogue: catalogueInfo(catalogue) };
}

export function search(deps: ServiceDeps, text: string): SearchResponse {
  const hits = deps.catalogue.index.search(text.slice(0, 200), { limit: 10 });
  return { hits, offers: pick(deps.catalogue, hits.map((h) => h.id)) };
}

/**
 * Records what came of considering informal help for this case. Choosing an offer that is
 * already open for the case returns that record instead of a duplicate: its status is what moves.
 */
export async function register(deps: ServiceDeps, input: CaseContextInput, draftInput: RegistrationDraft): Promise<Registration> {
  const context = CaseContext.parse(input);
  const draft = RegistrationDraft.parse(draftInput);
  const caseRef = await caseRefOf(deps, context);
  if (!caseRef) throw new Error('Geen dossiernummer gevonden op deze pagina: niets vastgelegd.');
  const offer = draft.serviceId ? deps.catalogue.byId.get(draft.serviceId) : undefined;
  if (draft.serviceId && !offer) throw new Error(`Onbekend aanbod "${draft.serviceId}": de sociale kaart is mogelijk bijgewerkt. Vernieuw de pagina.`);
  const registration = registrationFromDraft(caseRef, draft, offer, deps.now());
  if (!offer) return saveRegistration(deps.db, registration);
  return saveRegistrationUnlessPresent(deps.db, registration, (existing) =>
    existing.find((r) => r.serviceId === offer.id && !isFinal(r.status)),
  );
}

export async function updateStatus(deps: ServiceDeps, update: StatusUpdate): Promise<Registration> {
  return updateRegistrationStatus(deps.db, StatusUpdate.parse(update), deps.now());
}

export async function updateDetails(deps: ServiceDeps, update: DetailsUpdate): Promise<Registration> {
  return updateRegistrationDetails(deps.db, DetailsUpdate.parse(update), deps.now());
}
