import { DEMO_GROUP_PREFIX } from '../../demo/oidc/demo-users';
import { ROLES } from '../../lib/contracts/accounts';
import type { TestApi } from './api-server';

/** The administrator's claim rules: each demo role's group (demo/oidc/demo-users.ts) to that role in the first demo team. */
export async function mapDemoGroups(api: TestApi): Promise<void> {
  const admin = await api.as('DEMO-ADMIN');
  const { teams } = await admin<{ teams: { id: string; name: string }[] }>('/admin/teams');
  const teamId = teams.find((t) => t.name === 'Buurtteam Demostad Noord')!.id;
  await admin('/admin/oidc/rules', { method: 'PUT', body: JSON.stringify({ rules: ROLES.map((role) => ({ claim: 'groups', value: `${DEMO_GROUP_PREFIX}${role}`, teamId, role })) }) });
}
