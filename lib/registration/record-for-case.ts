import { CaseContext, type CaseContextInput } from '../contracts/case-context';
import { DetailsUpdate, RegistrationDraft, StatusUpdate, type Registration } from '../contracts/registration';
import { caseRefOf } from '../privacy/case-ref';
import { rememberCaseLabel } from '../sync/case-labels';
import { saveRegistrationUnlessPresent, updateRegistrationDetails, updateRegistrationStatus } from '../store/registrations';
import type { ServiceDeps } from '../worker-protocol/service-deps';
import { contradictionFor, ContradictionError } from './contradictions';
import { registrationFromDraft } from './from-draft';
import { isFinal } from './status-flow';

/* The background's answers to the panel's record actions: record, move a status, add details. */

/**
 * Records what came of considering informal help for this case. Choosing an offer that is
 * already open for the case returns that record instead of a duplicate: its status is what moves.
 * A record that contradicts an earlier one (deployed soon after "not suitable", "not suitable"
 * while a deployment is open) is refused with a ContradictionError until `confirmed`.
 */
export async function register(
  deps: ServiceDeps,
  input: CaseContextInput,
  draftInput: RegistrationDraft,
  options: { confirmed?: boolean; /** The case page the record was made on (the message's sender), for the link back. */ pageUrl?: string } = {},
): Promise<Registration> {
  const context = CaseContext.parse(input);
  const draft = RegistrationDraft.parse(draftInput);
  const caseRef = await caseRefOf(deps.db, context);
  if (!caseRef) throw new Error('Geen dossiernummer gevonden op deze pagina: niets vastgelegd.');
  const offer = draft.serviceId ? deps.catalogue.byId.get(draft.serviceId) : undefined;
  if (draft.serviceId && !offer) throw new Error(`Onbekend aanbod "${draft.serviceId}": de sociale kaart is mogelijk bijgewerkt. Vernieuw de pagina.`);
  const now = deps.now();
  const registration = registrationFromDraft(caseRef, draft, offer, now);
  // Looked up in the same transaction as the write (lib/store/registrations.ts).
  const saved = await saveRegistrationUnlessPresent(deps.db, registration, (existing) => {
    const open = offer ? existing.find((r) => r.serviceId === offer.id && !isFinal(r.status)) : undefined;
    if (open) return open;
    const contradiction = options.confirmed ? null : contradictionFor(existing, draft, now);
    if (contradiction) throw new ContradictionError(contradiction);
    return undefined;
  });
  // The case's label for the team's follow-ups: its own id in the case system (never a name) and
  // the page it was recorded on, sealed with the team's key. A label that cannot be made loses no record.
  await rememberCaseLabel(deps.db, caseRef, { label: context.caseKey!, url: options.pageUrl }).catch(() => false);
  return saved;
}

export async function updateStatus(deps: ServiceDeps, update: StatusUpdate): Promise<Registration> {
  return updateRegistrationStatus(deps.db, StatusUpdate.parse(update), deps.now());
}

export async function updateDetails(deps: ServiceDeps, update: DetailsUpdate): Promise<Registration> {
  return updateRegistrationDetails(deps.db, DetailsUpdate.parse(update), deps.now());
}
