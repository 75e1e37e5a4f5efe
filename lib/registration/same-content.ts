import { REGISTRATION_FIELDS, type Registration } from '../contracts/registration';

/*
 * "The same registration": what the server calls a duplicate (a replay) and what the device uses to
 * tell whether a server record is its own edit coming back. One definition for both sides.
 */

const isTime = (key: keyof Registration) => key === 'createdAt' || key === 'updatedAt';

/** One field as compared: instants for times ("…:00Z" and "…:00.000Z" are one moment), absent for empty. */
function comparable(r: Registration, key: keyof Registration): unknown {
  const value = r[key];
  if (value === undefined || value === null) return undefined;
  return isTime(key) ? new Date(value as string).toISOString() : value;
}

/** The record as the server compares it: fixed field order, no empty fields, instants for times. */
export function canonical(r: Registration, ignore: ReadonlyArray<keyof Registration> = []): string {
  const out: Record<string, unknown> = {};
  for (const key of REGISTRATION_FIELDS) {
    if (ignore.includes(key)) continue;
    const value = comparable(r, key);
    if (value !== undefined) out[key] = value;
  }
  return JSON.stringify(out);
}

export const sameContent = (a: Registration, b: Registration, ignore: ReadonlyArray<keyof Registration> = []) =>
  canonical(a, ignore) === canonical(b, ignore);

/** The fields, among `fields`, whose value differs between the two records. */
export function changedFields(a: Registration, b: Registration, fields: ReadonlyArray<keyof Registration>): Array<keyof Registration> {
  return fields.filter((key) => JSON.stringify(comparable(a, key)) !== JSON.stringify(comparable(b, key)));
}
