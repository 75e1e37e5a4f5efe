import { newPseudonymSecret } from '../privacy/pseudonym';
import type { Database } from './database';

const SECRET_KEY = 'pseudonymSecret';

/**
 * The installation's pseudonymisation secret, made on first use. Read-then-write in one
 * transaction, so two wake-ups of the service worker cannot each make a different one.
 */
export async function pseudonymSecret(db: Database): Promise<string> {
  const tx = db.transaction('meta', 'readwrite');
  const existing = await tx.store.get(SECRET_KEY);
  if (typeof existing === 'string') {
    await tx.done;
    return existing;
  }
  const secret = newPseudonymSecret();
  await tx.store.put(secret, SECRET_KEY);
  await tx.done;
  return secret;
}
