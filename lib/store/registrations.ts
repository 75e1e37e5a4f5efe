import { v7 as uuidv7 } from 'uuid';
import { Registration, type CaseRef } from '../contracts/registration';
import type { Offer } from '../contracts/catalogue';
import type { Database } from './database';

/** Writes a registration and its outbox entry together: a record is never stored without being queued. */
export async function saveRegistration(db: Database, registration: Registration): Promise<Registration> {
  const valid = Registration.parse(registration);
  const tx = db.transaction(['registrations', 'outbox'], 'readwrite');
  await Promise.all([
    tx.objectStore('registrations').put(valid),
    tx.objectStore('outbox').put({ id: valid.id, version: valid.version, queuedAt: valid.updatedAt, attempts: 0 }),
    tx.done,
  ]);
  return valid;
}

/** The one-click pick from a suggestion: informal help of this kind, from this offer, was chosen. */
export function choiceFromOffer(caseRef: CaseRef, offer: Offer, now: Date): Registration {
  const at = now.toISOString();
  return Registration.parse({
    id: uuidv7({ msecs: now.getTime() }),
    caseRef,
    outcome: 'deployed',
    kind: offer.handreiking.kind,
    serviceId: offer.id,
    organizationId: offer.organization.id,
    domains: offer.handreiking.zrm_domains,
    status: 'chosen',
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
}

export async function registrationsForCase(db: Database, caseRef: CaseRef): Promise<Registration[]> {
  const rows = await db.getAllFromIndex('registrations', 'byCase', caseRef);
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
