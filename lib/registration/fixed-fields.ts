import { DetailsUpdate, REGISTRATION_FIELDS, StatusUpdate, type Registration } from '../contracts/registration';

/*
 * What a later version of a registration may change: what the two kinds of update carry (the
 * details of a deployment and its status, lib/registration/from-draft.ts) and the bookkeeping of
 * the change itself. Everything else (id, case, outcome, kind, offer, organisation, domains, the
 * reason it did not fit, the moment it was recorded) is fixed once recorded: a different fact is a
 * new registration. The server refuses a push that changes a fixed field.
 */

const CHANGEABLE = new Set<string>([...Object.keys(DetailsUpdate.shape), ...Object.keys(StatusUpdate.shape), 'updatedAt', 'version']);
CHANGEABLE.delete('id');

export const FIXED_FIELDS: ReadonlyArray<keyof Registration> = REGISTRATION_FIELDS.filter((key) => !CHANGEABLE.has(key));
