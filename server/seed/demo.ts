import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Role } from '../../lib/contracts/accounts';
import { parseCatalogue } from '../../lib/catalogue/parse-catalogue';
import type { Db } from '../db/open';
import { createTeam, createUser, issueSignInCode } from '../db/queries/accounts';
import { saveCatalogue } from '../db/queries/catalogue';
import { connectOrganisation, linkCoordinator } from '../db/queries/help-requests';
import { municipalities, signInCodes, teams, users } from '../db/schema';
import { seedDemoYear, type DemoUserInput, type DemoYearResult } from './demo-year';

/*
 * A demo deployment: one municipality, three teams, one user per role in the first team with fixed
 * sign-in codes, and the demo sociale kaart. The codes are printed in the README, so they are only
 * ever made here, only into a database that is a demo (never beside real teams, never with
 * NODE_ENV=production), and they expire like any code: each start of the demo issues them afresh.
 */

export const DEMO_MUNICIPALITY = 'Demostad';
export const DEMO_TEAMS = ['Buurtteam Demostad Noord', 'Buurtteam Demostad Oost', 'Buurtteam Demostad Zuid'] as const;

export const DEMO_USERS: ReadonlyArray<{ role: Role; displayName: string; code: string }> = [
  { role: 'professional', displayName: 'Demo professional', code: 'DEMO-PRO' },
  { role: 'ambassador', displayName: 'Demo ambassadeur', code: 'DEMO-AMB' },
  { role: 'aandachtsfunctionaris', displayName: 'Demo aandachtsfunctionaris', code: 'DEMO-AF' },
  { role: 'kaart_keeper', displayName: 'Demo kaartbeheerder', code: 'DEMO-KAART' },
  { role: 'admin', displayName: 'Demo beheerder', code: 'DEMO-ADMIN' },
  { role: 'coordinator', displayName: 'Demo coördinator Humanitas', code: 'DEMO-ORG' },
];

/**
 * Demo kaart organisations that receive requests (issue 17): Humanitas with the demo coordinator
 * (DEMO-ORG) and a mailbox, the others by mail only, so both ways of answering can be tried. The
 * addresses end in .invalid: `npm start` catches every mail on this machine (demo/mail/).
 */
export const DEMO_ORGANISATIONS = [
  { organizationId: 'humanitas', name: 'Humanitas (demo)', email: 'humanitas@demo.invalid', coordinator: true },
  { organizationId: 'handjehelpen', name: 'Handjehelpen (demo)', email: 'handjehelpen@demo.invalid', coordinator: false },
  { organizationId: 'stichting-present', name: 'Stichting Present (demo)', email: 'present@demo.invalid', coordinator: false },
] as const;

export const DEMO_CATALOGUE_PATH = fileURLToPath(new URL('../../demo/sociale-kaart.json', import.meta.url));

export interface DemoSeed {
  /** False when the demo teams were there already: nothing was changed. */
  seeded: boolean;
  codes: Array<{ role: Role; code: string }>;
  /** The demo codes work until then; the next seed (start of the demo) renews them. */
  codesExpireAt: string;
  catalogue: { organizations: number; services: number; skipped: number; missing: boolean };
  /** The generated year of registrations, when asked for (`year: true`) and seeded now. */
  year: DemoYearResult | null;
  /** The first demo team's professional: the user the demo case system ZorgRegie launches the plugin for. */
  professional: { userId: string; teamId: string };
}

/** Validate the demo kaart entry by entry; a missing file gives an empty kaart, not a failure. */
async function loadDemoCatalogue(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { version: 'demo-empty', organizations: [], services: [], skipped: 0, missing: true };
  }
  const parsed = parseCatalogue(JSON.parse(text));
  const organizations = [...new Map(parsed.offers.map((o) => [o.organization.id, o.organization])).values()];
  const services = parsed.offers.map(({ organization: _org, ...service }) => service);
  return { version: parsed.version, organizations, services, skipped: parsed.skipped.length, missing: false };
}

/** Why the demo may not be seeded here, with what to do instead. */
export class DemoSeedRefused extends Error {}

/**
 * The demo is refused in production and in a database that holds teams other than the demo's
 * (a real deployment), because anyone who read the README could then sign in, as administrator too.
 */
export async function assertDemoDatabase(db: Db, env: { NODE_ENV?: string } = process.env): Promise<void> {
  if (env.NODE_ENV === 'production') {
    throw new DemoSeedRefused(
      'Refusing to seed the demo with NODE_ENV=production: its sign-in codes are public. ' +
        'Start without --demo / SEED_DEMO=1 for a real deployment, or unset NODE_ENV to try the demo on its own database.',
    );
  }
  const others = await db
    .select({ name: teams.name })
    .from(teams)
    .innerJoin(municipalities, eq(teams.municipalityId, municipalities.id))
    .where(notDemoTeam())
    .limit(3);
  if (others.length) {
    throw new DemoSeedRefused(
      `Refusing to seed the demo into a database with other teams (${others.map((t) => `"${t.name}"`).join(', ')}): ` +
        'its sign-in codes are public. Give the demo its own, empty database (another DATA_DIR, or a DATABASE_URL of an empty database), ' +
        'or start without --demo / SEED_DEMO=1.',
    );
  }
}

const notDemoTeam = () =>
  sql`not (${municipalities.name} = ${DEMO_MUNICIPALITY} and ${inArray(teams.name, [...DEMO_TEAMS])})`;

async function professionalOf(db: Db, teamId: string): Promise<{ userId: string; teamId: string }> {
  const [user] = await db.select({ id: users.id }).from(users).where(and(eq(users.teamId, teamId), eq(users.role, 'professional')));
  if (!user) throw new DemoSeedRefused('The demo team has no professional any more: give the demo a fresh database.');
  return { userId: user.id, teamId };
}

/** Demo codes expire; every seed (every start of the demo) replaces them with fresh ones. */
async function issueDemoCodes(db: Db, teamId: string, now: Date): Promise<string> {
  let expiresAt = now.toISOString();
  const demoUsers = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.teamId, teamId));
  for (const u of DEMO_USERS) {
    const user = demoUsers.find((row) => row.role === u.role);
    if (!user) continue;
    await db.delete(signInCodes).where(and(eq(signInCodes.userId, user.id), eq(signInCodes.demo, true)));
    expiresAt = (await issueSignInCode(db, user.id, now, { code: u.code, demo: true })).codeExpiresAt;
  }
  return expiresAt;
}

export async function seedDemo(
  db: Db,
  {
    now = new Date(),
    cataloguePath = DEMO_CATALOGUE_PATH,
    year = false,
    env = process.env,
  }: {
    now?: Date;
    cataloguePath?: string;
    /**
     * Also generate a year of registrations with status histories (server/seed/demo-year.ts), so
     * the dashboard has something to show. Off by default: tests that start from an empty demo
     * team (the browser tests) keep it empty.
     */
    year?: boolean;
    /** Where NODE_ENV is read from (tests pass their own). */
    env?: { NODE_ENV?: string };
  } = {},
): Promise<DemoSeed> {
  await assertDemoDatabase(db, env);
  const codes = DEMO_USERS.map(({ role, code }) => ({ role, code }));
  const [existing] = await db.select({ id: teams.id }).from(teams).where(eq(teams.name, DEMO_TEAMS[0]));
  if (existing) {
    const codesExpireAt = await issueDemoCodes(db, existing.id, now);
    return { seeded: false, codes, codesExpireAt, catalogue: { organizations: 0, services: 0, skipped: 0, missing: false }, year: null, professional: await professionalOf(db, existing.id) };
  }

  const created = [];
  for (const name of DEMO_TEAMS) created.push(await createTeam(db, { name, municipality: DEMO_MUNICIPALITY }));
  const first = created[0]!;
  const demoUsers: DemoUserInput[] = [];
  for (const u of DEMO_USERS) {
    const { user } = await createUser(db, first.id, { role: u.role, displayName: u.displayName }, now);
    demoUsers.push(user);
  }
  const codesExpireAt = await issueDemoCodes(db, first.id, now);
  const kaart = await loadDemoCatalogue(cataloguePath);
  const [keeper] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'kaart_keeper'));
  const [team] = await db.select({ municipalityId: teams.municipalityId }).from(teams).where(eq(teams.id, first.id));
  await saveCatalogue(
    db,
    team!.municipalityId,
    { version: kaart.version, demo: true, organizations: kaart.organizations, services: kaart.services },
    keeper?.id ?? null,
    now,
  );
  for (const o of DEMO_ORGANISATIONS) {
    const account = await connectOrganisation(db, { municipality: DEMO_MUNICIPALITY, organizationId: o.organizationId, name: o.name, email: o.email });
    const coordinator = demoUsers.find((u) => u.role === 'coordinator');
    if (o.coordinator && coordinator) await linkCoordinator(db, coordinator.id, account.id);
  }
  const history = year ? await seedDemoYear(db, { now, teams: created, existingUsers: demoUsers, services: kaart.services }) : null;
  return {
    seeded: true,
    codes,
    codesExpireAt,
    catalogue: { organizations: kaart.organizations.length, services: kaart.services.length, skipped: kaart.skipped, missing: kaart.missing },
    year: history,
    professional: await professionalOf(db, first.id),
  };
}
