import { eq } from 'drizzle-orm';
import { ROLES } from '../../lib/contracts/accounts';
import { DEMO_GROUP_PREFIX } from '../../demo/oidc/demo-users';
import type { Db } from '../db/open';
import { listClaimRules, replaceClaimRules } from '../db/queries/oidc';
import { teams } from '../db/schema';
import { DEMO_TEAMS } from './demo';

/**
 * The demo's claim rules: each role's group at the local OpenID provider (demo/oidc/demo-users.ts)
 * to that role in Buurtteam Demostad Noord, so every demo person but the one meant to be refused
 * signs in. Only where there are no rules yet: rules an administrator made in the console stay.
 */
export async function seedDemoClaimRules(db: Db, now: Date): Promise<'seeded' | 'kept'> {
  if ((await listClaimRules(db)).length) return 'kept';
  const [team] = await db.select({ id: teams.id }).from(teams).where(eq(teams.name, DEMO_TEAMS[0]));
  if (!team) throw new Error(`The demo team ${DEMO_TEAMS[0]} is missing: seed the demo first.`);
  await replaceClaimRules(db, ROLES.map((role) => ({ claim: 'groups', value: `${DEMO_GROUP_PREFIX}${role}`, teamId: team.id, role })), now);
  return 'seeded';
}
