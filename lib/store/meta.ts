import { newPseudonymSecret } from '../privacy/pseudonym';
import type { Database } from './database';

const INSTALLATION_SECRET_KEY = 'pseudonymSecret';
export const TEAM_SECRET_KEY = 'teamPseudonymSecret';

/**
 * The key that turns a case system's id into a pseudonymous reference. Once the device has
 * signed in it is the team's key, so every device of the team gives a case the same reference;
 * before that, an installation key made on first use (read-then-write in one transaction, so two
 * wake-ups of the service worker cannot each make a different one).
 */
export async function pseudonymSecret(db: Database): Promise<string> {
  const tx = db.transaction('meta', 'readwrite');
  const team = await tx.store.get(TEAM_SECRET_KEY);
  if (typeof team === 'string') {
    await tx.done;
    return team;
  }
  const existing = await tx.store.get(INSTALLATION_SECRET_KEY);
  if (typeof existing === 'string') {
    await tx.done;
    return existing;
  }
  const secret = newPseudonymSecret();
  await tx.store.put(secret, INSTALLATION_SECRET_KEY);
  await tx.done;
  return secret;
}

/** Kept after signing out: records made offline later must still match the team's references. */
export async function saveTeamPseudonymSecret(db: Database, secret: string): Promise<void> {
  if (!/^[0-9a-f]{64}$/.test(secret)) throw new Error('Team pseudonymisation key must be 64 hex characters');
  await db.put('meta', secret, TEAM_SECRET_KEY);
}
