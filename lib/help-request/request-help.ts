import type { CaseContextInput } from '../contracts/case-context';
import { ProfessionalAction, type ProfessionalContact } from '../contracts/help-request';
import type { Registration } from '../contracts/registration';
import { findPersonalData, personalDataMessage } from '../privacy/personal-data';
import { register } from '../registration/record-for-case';
import { getProfessionalContact, setProfessionalContact, storedHelpRequest, storedHelpRequests, updateHelpRequest } from '../store/help-requests';
import type { ServiceDeps } from '../worker-protocol/service-deps';
import type { RequestForm, RequestProblem } from './request-form';
import { checkRequestForm } from './request-payload';
import { isOpenRequest, summaryOf, type RequestSummary } from './request-summary';
import { transition } from './request-transitions';

/*
 * The background's answers to the panel's request actions (issue 17). A request is recorded as
 * the case's registration for the offer (status "requested", with the follow-up date every
 * deployment gets: lib/follow-up/due.ts) and queued; the sync pass sends it once the registration
 * has reached the server (lib/sync/help-requests-step.ts), so offline it waits like the record.
 */

/** Refused before anything was recorded or queued; `problems` say what to change. */
export class RequestRefused extends Error {
  readonly code = 'request_refused';
  constructor(
    message: string,
    readonly problems: RequestProblem[] = [],
  ) {
    super(message);
    this.name = 'RequestRefused';
  }
}

function refusalMessage(problems: readonly RequestProblem[]): string {
  return problems
    .map((p) =>
      p.kind === 'personal_data'
        ? `${p.field === 'task' ? 'De taakomschrijving' : 'De wijk'} ${personalDataMessage(p.found.map((kind) => ({ kind, match: '' })))}.`
        : p.kind === 'consent'
          ? 'Bevestig dat de cliënt met dit verzoek heeft ingestemd.'
          : `Vul "${p.field}" goed in.`,
    )
    .join(' ');
}

export async function requestHelp(deps: ServiceDeps, input: { context: CaseContextInput; serviceId: string; form: RequestForm }, pageUrl?: string): Promise<Registration> {
  const offer = deps.catalogue.byId.get(input.serviceId);
  if (!offer) throw new RequestRefused(`Onbekend aanbod "${input.serviceId}": de sociale kaart is mogelijk bijgewerkt. Vernieuw de pagina.`);
  const checked = checkRequestForm(input.form, offer, deps.now());
  if (!checked.ok) throw new RequestRefused(refusalMessage(checked.problems), checked.problems);
  const registration = await register(deps, input.context, { outcome: 'deployed', serviceId: offer.id }, { confirmed: true, pageUrl });
  if (isOpenRequest(await storedHelpRequest(deps.db, registration.id))) {
    throw new RequestRefused('Voor deze hulp loopt al een verzoek bij de organisatie.');
  }
  await updateHelpRequest(deps.db, registration.id, () => ({
    registrationId: registration.id,
    draft: { ...checked.payload, registrationId: registration.id },
    queuedAt: deps.now().toISOString(),
  }));
  await setProfessionalContact(deps.db, checked.payload.professional);
  return registration;
}

/** A reply to the organisation's question, or a withdrawal; queued for the next sync. */
export async function actOnHelpRequest(deps: ServiceDeps, input: { registrationId: string; action: ProfessionalAction }): Promise<void> {
  const action = ProfessionalAction.parse(input.action);
  if (action.action === 'reply') {
    const found = findPersonalData(action.reply, { now: deps.now() });
    if (found.length) throw new RequestRefused(`Het antwoord ${personalDataMessage(found)}.`, [{ field: 'task', kind: 'personal_data', found: [...new Set(found.map((f) => f.kind))] }]);
  }
  const entry = await storedHelpRequest(deps.db, input.registrationId);
  if (!entry) throw new RequestRefused('Voor deze registratie is geen verzoek gestuurd.');
  // Not sent yet: withdrawing takes it out of the queue, and the organisation never hears of it.
  if (entry.draft && action.action === 'withdraw') {
    await updateHelpRequest(deps.db, input.registrationId, () => null);
    return;
  }
  const step = entry.view ? transition(entry.view.state, action.action) : null;
  if (!step?.ok) throw new RequestRefused(step?.nl ?? 'Dit verzoek is nog niet verstuurd.');
  await updateHelpRequest(deps.db, input.registrationId, (current) => {
    if (!current) return null;
    const { lastError: _read, ...rest } = current;
    return { ...rest, action };
  });
}

/** The requests of these registrations, for the panel and the follow-up list. */
export async function requestSummaries(deps: Pick<ServiceDeps, 'db'>, registrationIds?: readonly string[]): Promise<Record<string, RequestSummary>> {
  const wanted = registrationIds ? new Set(registrationIds) : null;
  const entries = (await storedHelpRequests(deps.db)).filter((e) => !wanted || wanted.has(e.registrationId));
  return Object.fromEntries(entries.map((e) => [e.registrationId, summaryOf(e)]));
}

export const professionalContact = (deps: Pick<ServiceDeps, 'db'>): Promise<ProfessionalContact | null> => getProfessionalContact(deps.db);
