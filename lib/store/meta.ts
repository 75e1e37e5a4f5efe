import { can } from '../contracts/abilities';
import { newPseudonymSecret } from '../privacy/pseudonym';
import { CONNECTION_KEY } from './connection';
import type { Database } from './database';

const INSTALLATION_SECRET_KEY = 'pseudonymSecret';
export const TEAM_SECRET_KEY = 'teamPseudonymSecret';

/** Signed in with a role that holds the team key, but the key has not reached this device yet. */
export class TeamKeyMissing extends Error {
  readonly code = 'team_key_missing';
  constructor() {
    super('Wachten op de teamsleutel: die komt van de browser van een collega zodra die synchroniseert. Tot dan kan er niets worden vastgelegd.');
    this.name = 'TeamKeyMissing';
  }
}

/**
 * The key that turns a case system's id into a pseudonymous reference. Once the device has
 * signed in it is the team's key, so every device of the team gives a case the same reference;
 * before that, an installation key made on first use (read-then-write in one transaction, so two
 * wake-ups of the service worker cannot each make a different one). Signed in without the team's
 * key yet (lib/sync/team-key-step.ts) it throws TeamKeyMissing: a reference made with a key the
 * team does not share would never match a colleague's.
 */
export async function pseudonymSecret(db: Database): Promise<string> {
  const tx = db.transaction('meta', 'readwrite');
  const [team, connection] = await Promise.all([tx.store.get(TEAM_SECRET_KEY), tx.store.get(CONNECTION_KEY)]);
  if (typeof team === 'string') {
    await tx.done;
    return team;
  }
  if (can((connection as { user?: { role?: string } } | undefined)?.user?.role, 'holdTeamKey')) {
    await tx.done;
    throw new TeamKeyMissing();
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

/** Whether this device, signed in, still waits for the team key. */
export async function waitingForTeamKey(db: Database): Promise<boolean> {
  return pseudonymSecret(db).then(
    () => false,
    (error: unknown) => {
      if (error instanceof TeamKeyMissing) return true;
      throw error;
    },
  );
}
