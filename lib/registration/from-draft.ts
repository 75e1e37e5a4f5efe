import { v7 as uuidv7 } from 'uuid';
import type { Offer } from '../contracts/catalogue';
import { Registration, type CaseRef, type DetailsUpdate, type RegistrationDraft, type StatusUpdate } from '../contracts/registration';
import { canMove, isStepBack } from './status-flow';

/**
 * Help the client's own people give (family, friends, neighbours) is arranged with them, not
 * requested from an organisation: when it is recorded it is in place, so it starts as "started"
 * and needs no follow-up (issue 12 #5: it showed as "requested").
 */
export const SELF_ARRANGED_KINDS: ReadonlySet<string> = new Set(['own_network', 'neighbour']);

/**
 * A new registration from what the panel sent. A deployment from an offer takes its kind,
 * organisation and life domains from the kaart; it starts as "requested", which starts the
 * follow-up clock; help arranged in the client's own network starts as "started".
 */
export function registrationFromDraft(caseRef: CaseRef, draft: RegistrationDraft, offer: Offer | undefined, now: Date): Registration {
  const at = now.toISOString();
  return Registration.parse({
    id: uuidv7({ msecs: now.getTime() }),
    caseRef,
    outcome: draft.outcome,
    kind: offer?.handreiking.kind ?? draft.kind,
    serviceId: offer?.id,
    organizationId: offer?.organization.id,
    domains: offer ? [...offer.handreiking.zrm_domains].sort() : [],
    relation: draft.outcome === 'deployed' ? (draft.relation ?? 'alongside') : undefined,
    contactBy: draft.outcome === 'deployed' ? (draft.contactBy ?? 'professional') : undefined,
    notSuitableReason: draft.outcome === 'not_suitable' ? draft.notSuitableReason : undefined,
    status: draft.outcome !== 'deployed' ? undefined : !offer && draft.kind && SELF_ARRANGED_KINDS.has(draft.kind) ? 'started' : 'requested',
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
}

/** Never earlier than the record's last change, even when the device clock runs behind. */
function nextUpdatedAt(current: Registration, now: Date): string {
  return new Date(Math.max(now.getTime(), Date.parse(current.updatedAt) + 1)).toISOString();
}

/** The same deployment with its relation to professional care and contact corrected. */
export function withDetails(current: Registration, update: DetailsUpdate, now: Date): Registration {
  if (current.outcome !== 'deployed') throw new Error('Alleen ingezette hulp heeft een verhouding en contactpersoon.');
  return Registration.parse({ ...current, relation: update.relation, contactBy: update.contactBy, updatedAt: nextUpdatedAt(current, now), version: current.version + 1 });
}

/** The same record one status further, with a new version for the sync to carry. */
export function withStatus(current: Registration, update: StatusUpdate, now: Date): Registration {
  if (current.outcome !== 'deployed') throw new Error('Alleen ingezette hulp heeft een status.');
  const allowed = update.correction ? isStepBack(current.status, update.status) : canMove(current.status, update.status);
  if (!allowed) {
    throw new Error(`De status kan niet van "${current.status ?? 'geen'}" naar "${update.status}".`);
  }
  return Registration.parse({
    ...current,
    status: update.status,
    notStartedReason: update.status === 'not_started' ? update.notStartedReason : undefined,
    updatedAt: nextUpdatedAt(current, now),
    version: current.version + 1,
  });
}
