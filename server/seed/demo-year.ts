import { eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Role } from '../../lib/contracts/accounts';
import type { Service } from '../../lib/contracts/catalogue';
import type { KindOfHelp, RelationToProfessional } from '../../lib/contracts/help';
import type { ContactBy, NotStartedReason, NotSuitableReason, Registration, Status } from '../../lib/contracts/registration';
import type { ZrmDomain } from '../../lib/contracts/zrm';
import { amsterdamMonth } from '../../lib/stats/month';
import { rowsOf, type Db } from '../db/open';
import { followUpDue } from '../../lib/follow-up/due';
import { rebuildRollup } from '../db/queries/stats-rollup';
import { registrationEvents, registrations, users } from '../db/schema';

/*
 * A believable year of registrations for the three demo teams, so the dashboard has something to
 * show on first start: the last 12 full months plus the current one. Deterministic (a seeded PRNG,
 * never Math.random): the same seed, teams and `now` give the same rows. Every field is a
 * reference into the demo kaart, a fixed-list value, a date or a pseudonymous hex reference drawn
 * from the PRNG; nothing is derived from a name.
 *
 * The teams tell the story of the Utrecht ambassador project (domain.md): Noord's ambassador joins
 * after three months and its started share climbs from ~15% to ~32%; Oost holds steady around
 * 25–30%; Zuid reaches ~30% with its ambassador, who leaves three months ago, after which the share
 * falls back to ~10–15% (the relapse the aandachtsfunctionaris must spot) and follow-ups lapse.
 *
 * Planning is a pure function (`planDemoYear`); `seedDemoYear` writes the plan in a few bulk inserts.
 */

export const DEMO_YEAR_SEED = 20_150_101;

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Twelve full months and the current one. */
const MONTHS = 13;

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (sfc32, seeded through a string hash so every team gets its own stream).

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  shuffle<T>(items: T[]): T[];
  hex(chars: number): string;
  bytes(n: number): Uint8Array;
}

function hashString(text: string): [number, number, number, number] {
  // cyrb128: four 32-bit words from a string, enough to seed sfc32.
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export function createRng(seed: string | number): Rng {
  let [a, b, c, d] = hashString(String(seed));
  const u32 = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) u32();
  const next = () => u32() / 4294967296;
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items[items.length - 1]![0];
    },
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return items;
    },
    hex: (chars) => {
      let out = '';
      while (out.length < chars) out += u32().toString(16).padStart(8, '0');
      return out.slice(0, chars);
    },
    bytes: (n) => Uint8Array.from({ length: n }, () => u32() & 0xff),
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------
// The teams' stories, month by month (index 0 = twelve months ago, 12 = the current month).

interface TeamStory {
  /** Matched against the end of the team name ("Buurtteam Demostad Noord"), and the kaart's wijken. */
  wijk: 'Noord' | 'Oost' | 'Zuid';
  /** Fictitious colleagues added next to the seeded demo users. */
  professionals: string[];
  /** Null: the team's seeded "Demo ambassadeur" plays the part. */
  ambassador: string | null;
  aandachtsfunctionaris: string | null;
  /** Month index the ambassador joins, and the first month they are gone (null: stays). */
  ambassadorFrom: number;
  ambassadorUntil: number | null;
  /** Cases considered in a full month (before the summer dip). */
  cases: number[];
  /** Share of considered cases in which informal help started. */
  started: number[];
  /**
   * Share of considered cases with informal help requested (a deployment). The dashboard's relapse
   * rule watches this one (lib/stats/relapse.ts), so Zuid's drop shows in it as well as in starts.
   */
  requested: number[];
  /** Share of considered cases with unmet demand. */
  unmet: number[];
  /** Deployments left without a follow-up once nobody chases them (Zuid after the ambassador left). */
  lapsedFollowUps: number[];
}

const flat = (value: number) => Array.from({ length: MONTHS }, () => value);
/** Follow-ups nobody has got round to yet pile up in the most recent months. */
const recentLapses = (usual: number, recent: number) => Array.from({ length: MONTHS }, (_, m) => (m >= MONTHS - 3 ? recent : usual));

export const TEAM_STORIES: readonly TeamStory[] = [
  {
    wijk: 'Noord',
    professionals: ['M. de Vries (demo)', 'S. Bakker (demo)', 'A. El Amrani (demo)'],
    ambassador: null,
    aandachtsfunctionaris: null,
    ambassadorFrom: 3,
    ambassadorUntil: null,
    cases: [24, 23, 25, 26, 28, 30, 31, 33, 34, 35, 36, 36, 36],
    started: [0.15, 0.15, 0.16, 0.17, 0.2, 0.23, 0.26, 0.28, 0.3, 0.31, 0.32, 0.32, 0.32],
    requested: [0.25, 0.25, 0.26, 0.26, 0.29, 0.32, 0.35, 0.36, 0.375, 0.39, 0.4, 0.4, 0.4],
    unmet: [0.1, 0.1, 0.1, 0.11, 0.11, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12],
    lapsedFollowUps: recentLapses(0.05, 0.25),
  },
  {
    wijk: 'Oost',
    professionals: ['J. Jansen (demo)', 'L. Visser (demo)', 'K. Smit (demo)', 'F. Yilmaz (demo)', 'E. de Boer (demo)'],
    ambassador: 'R. Meijer (demo)',
    aandachtsfunctionaris: 'N. Mulder (demo)',
    ambassadorFrom: 0,
    ambassadorUntil: null,
    cases: [36, 38, 35, 37, 39, 36, 38, 40, 37, 36, 39, 38, 38],
    started: [0.27, 0.26, 0.28, 0.27, 0.25, 0.28, 0.29, 0.27, 0.26, 0.28, 0.27, 0.29, 0.28],
    requested: [0.36, 0.35, 0.37, 0.36, 0.34, 0.37, 0.38, 0.36, 0.35, 0.37, 0.36, 0.38, 0.37],
    unmet: flat(0.12),
    lapsedFollowUps: recentLapses(0.05, 0.25),
  },
  {
    wijk: 'Zuid',
    professionals: ['T. Bos (demo)', 'H. Peters (demo)', 'D. Kok (demo)', 'I. Hendriks (demo)'],
    ambassador: 'P. van Dijk (demo)',
    aandachtsfunctionaris: 'W. de Graaf (demo)',
    ambassadorFrom: 0,
    ambassadorUntil: 9,
    cases: [30, 31, 32, 33, 34, 33, 34, 33, 32, 27, 25, 24, 24],
    started: [0.18, 0.21, 0.24, 0.27, 0.29, 0.3, 0.31, 0.3, 0.31, 0.16, 0.13, 0.125, 0.1],
    // Fewer requests month after month once the ambassador is gone; more of them never start.
    requested: [0.25, 0.28, 0.31, 0.34, 0.36, 0.375, 0.39, 0.375, 0.39, 0.3, 0.24, 0.15, 0.15],
    unmet: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.14, 0.15, 0.15, 0.15],
    lapsedFollowUps: [0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.35, 0.45, 0.5, 0.5],
  },
];

/** Holidays: fewer case discussions in July and August. */
const SEASON: Record<number, number> = { 6: 0.85, 7: 0.75, 11: 0.9 };
const MIN_CASES = 20;

// Fixed-list weights: realistic proportions, not measurements.
const KIND_WEIGHTS: ReadonlyArray<readonly [KindOfHelp, number]> = [
  ['volunteer_organisation', 40],
  ['buddy', 22],
  ['neighbour', 10],
  ['own_network', 8],
  ['self_help_group', 8],
  ['neighbourhood_initiative', 7],
  ['carer_support', 5],
];
const RELATION_WEIGHTS: ReadonlyArray<readonly [RelationToProfessional, number]> = [
  ['alongside', 55],
  ['together', 15],
  ['instead_or_before', 15],
  ['aftercare', 15],
];
const NOT_SUITABLE_WEIGHTS: ReadonlyArray<readonly [NotSuitableReason, number]> = [
  ['client_declines', 30],
  ['too_complex', 20],
  ['crisis', 12],
  ['no_network', 10],
  ['medical_care', 10],
  ['safety', 8],
  ['other_fixed', 7],
  ['coercive_setting', 3],
];
const NOT_SUITABLE_DOMAINS: ReadonlyArray<readonly [ZrmDomain, number]> = [
  ['mental_health', 25],
  ['finances', 20],
  ['domestic_relations', 15],
  ['addiction', 10],
  ['housing', 10],
  ['physical_health', 10],
  ['justice', 5],
  ['social_network', 5],
];
/** Unmet demand: what the domain reports say runs short (youth buddies, respite, saturated offers). */
const UNMET_DEMAND: ReadonlyArray<readonly [{ serviceId?: string; kind: KindOfHelp; domains?: ZrmDomain[] }, number]> = [
  [{ serviceId: 'juvans-jongerenmaatje', kind: 'buddy' }, 14],
  [{ serviceId: 'handjehelpen-kindmaatje', kind: 'buddy' }, 9],
  [{ serviceId: 'mee-vrijetijdsmaatje', kind: 'buddy' }, 5],
  [{ serviceId: 'mantelzorg-logeeropvang', kind: 'carer_support' }, 14],
  [{ serviceId: 'handjehelpen-respijt', kind: 'carer_support' }, 9],
  [{ serviceId: 'vhd-zorgzaam', kind: 'carer_support' }, 4],
  [{ serviceId: 'buddyhulp-ggz-buddy', kind: 'buddy' }, 10],
  [{ serviceId: 'humanitas-schuldhulpmaatje', kind: 'buddy' }, 7],
  [{ serviceId: 'zonnebloem-aangepaste-vakantie', kind: 'volunteer_organisation' }, 3],
  [{ kind: 'neighbour', domains: ['social_network'] }, 4],
  [{ kind: 'self_help_group', domains: ['mental_health'] }, 3],
];
/** Offers teams ask for "as a referral point", not as help: left out of deployments. */
const NOT_DEPLOYED = new Set(['nizu-ambassadeur-casusoverleg']);

// ---------------------------------------------------------------------------------------------
// The plan.

export interface DemoTeamInput {
  id: string;
  name: string;
  followUpDays: number;
}

export interface DemoUserInput {
  id: string;
  teamId: string;
  role: Role;
  displayName: string;
}

export interface DemoYearInput {
  now: Date;
  teams: readonly DemoTeamInput[];
  /** Users the demo seed made already (sign-in codes); the first team's professional and ambassador take part. */
  existingUsers: readonly DemoUserInput[];
  services: readonly Service[];
  seed?: number;
}

export interface PlannedEvent {
  userId: string;
  deviceId: string;
  version: number;
  status: Status | null;
  at: Date;
}

export interface PlannedRegistration {
  teamId: string;
  record: Registration;
  followUpDue: Date | null;
  recordedBy: string;
  updatedBy: string;
  changedAt: Date;
  events: PlannedEvent[];
}

export interface PlannedUser {
  id: string;
  teamId: string;
  role: Role;
  displayName: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface DemoYearPlan {
  /** New colleagues to insert. */
  users: PlannedUser[];
  /** Seeded demo users whose `createdAt` moves back to when they started recording. */
  backdate: Array<{ id: string; createdAt: Date }>;
  /** Ordered by last change: the order their server sequence numbers are handed out in. */
  registrations: PlannedRegistration[];
}

interface Actor {
  id: string;
  deviceId: string;
}

interface TeamCast {
  professionals: Actor[];
  /** Some colleagues record more than others. */
  weights: number[];
  ambassador: Actor | null;
  ambassadorFrom: Date;
  ambassadorUntil: Date | null;
}

/**
 * Midnight UTC on the 1st of the month `offset` months from the current one. The current month is
 * the Amsterdam month (as the dashboard counts); cases fall in working hours, well inside its days.
 */
const monthStart = (now: Date, offset: number) => {
  const [y, m] = amsterdamMonth(now).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + offset, 1));
};

/** Working hours on weekdays in [from, to), cut off before `limit`. */
function workingWindows(from: Date, to: Date, limit: Date): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let day = from.getTime(); day < to.getTime(); day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const start = day + 7.5 * HOUR;
    const end = Math.min(day + 16 * HOUR, limit.getTime() - 30 * 60_000);
    if (end > start) out.push([start, end]);
  }
  return out;
}

function deterministicUuid(rng: Rng, at: Date): string {
  return uuidv7({ msecs: at.getTime(), random: rng.bytes(16) });
}

function domainsOf(rng: Rng, service: Service): ZrmDomain[] {
  const all = service.handreiking.zrm_domains;
  return all.length > 1 && rng.chance(0.45) ? all.slice(0, 2) : all.slice(0, 1);
}

function servesWijk(service: Service, wijk: string): boolean {
  return service.service_areas.some((a) => a.wijken.length === 0 || a.wijken.includes(wijk));
}

export function planDemoYear(input: DemoYearInput): DemoYearPlan {
  const { now, seed = DEMO_YEAR_SEED } = input;
  const plan: DemoYearPlan = { users: [], backdate: [], registrations: [] };
  const byId = new Map(input.services.map((s) => [s.id, s]));
  const periodStart = monthStart(now, -(MONTHS - 1));

  for (const story of TEAM_STORIES) {
    const team = input.teams.find((t) => t.name.endsWith(story.wijk));
    if (!team) continue;
    const rng = createRng(`${seed}:${story.wijk}`);
    const existing = input.existingUsers.filter((u) => u.teamId === team.id);
    const ambassadorFrom = monthStart(now, story.ambassadorFrom - (MONTHS - 1));
    const ambassadorUntil = story.ambassadorUntil === null ? null : monthStart(now, story.ambassadorUntil - (MONTHS - 1));
    const joined = new Date(periodStart.getTime() - rng.int(20, 90) * DAY);

    let deviceNo = 0;
    const device = () => `demo-${story.wijk.toLowerCase()}-${++deviceNo}`;
    const newUser = (role: Role, displayName: string, createdAt: Date, revokedAt: Date | null = null): Actor => {
      const user: PlannedUser = { id: deterministicUuid(rng, createdAt), teamId: team.id, role, displayName, createdAt, revokedAt };
      plan.users.push(user);
      return { id: user.id, deviceId: device() };
    };

    const professionals: Actor[] = [];
    for (const u of existing.filter((x) => x.role === 'professional')) {
      professionals.push({ id: u.id, deviceId: device() });
      plan.backdate.push({ id: u.id, createdAt: joined });
    }
    for (const name of story.professionals) professionals.push(newUser('professional', name, joined));
    let ambassador: Actor | null = null;
    const seededAmbassador = existing.find((x) => x.role === 'ambassador');
    if (story.ambassador) ambassador = newUser('ambassador', story.ambassador, new Date(ambassadorFrom.getTime() - 7 * DAY), ambassadorUntil);
    else if (seededAmbassador) {
      ambassador = { id: seededAmbassador.id, deviceId: device() };
      plan.backdate.push({ id: seededAmbassador.id, createdAt: new Date(ambassadorFrom.getTime() - 7 * DAY) });
    }
    if (story.aandachtsfunctionaris) newUser('aandachtsfunctionaris', story.aandachtsfunctionaris, joined);
    for (const u of existing.filter((x) => x.role === 'aandachtsfunctionaris')) plan.backdate.push({ id: u.id, createdAt: joined });

    const cast: TeamCast = {
      professionals,
      weights: professionals.map((_, i) => [1.3, 1, 0.9, 1.1, 0.8, 1][i % 6]!),
      ambassador,
      ambassadorFrom,
      ambassadorUntil,
    };
    const deployable = input.services.filter(
      (s) => s.status === 'active' && !s.handreiking.full && !NOT_DEPLOYED.has(s.id) && servesWijk(s, story.wijk),
    );
    for (let m = 0; m < MONTHS; m++) {
      plan.registrations.push(...planMonth(rng, { story, team, cast, deployable, byId, now, m }));
    }
  }
  plan.registrations.sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime() || (a.record.id < b.record.id ? -1 : 1));
  return plan;
}

type Category = 'started' | 'not_started' | 'unmet' | 'not_suitable';

interface MonthContext {
  story: TeamStory;
  team: DemoTeamInput;
  cast: TeamCast;
  deployable: Service[];
  byId: Map<string, Service>;
  now: Date;
  m: number;
}

function planMonth(rng: Rng, ctx: MonthContext): PlannedRegistration[] {
  const { story, now, m } = ctx;
  const from = monthStart(now, m - (MONTHS - 1));
  const to = monthStart(now, m - (MONTHS - 1) + 1);
  const current = m === MONTHS - 1;
  const full = Math.max(MIN_CASES, Math.round(story.cases[m]! * (SEASON[from.getUTCMonth()] ?? 1)));
  const elapsed = current ? (now.getTime() - from.getTime()) / (to.getTime() - from.getTime()) : 1;
  const n = Math.round(full * elapsed);
  const windows = workingWindows(from, to, current ? now : to);
  if (!n || !windows.length) return [];

  // Exact counts, shuffled: the month's share is the story's, not a coin flip's.
  const started = Math.round(story.started[m]! * n);
  const deployed = Math.min(n, Math.max(started, Math.round(story.requested[m]! * n)));
  const unmet = Math.min(n - deployed, Math.round(story.unmet[m]! * n));
  const categories: Category[] = rng.shuffle([
    ...Array<Category>(started).fill('started'),
    ...Array<Category>(deployed - started).fill('not_started'),
    ...Array<Category>(unmet).fill('unmet'),
    ...Array<Category>(n - deployed - unmet).fill('not_suitable'),
  ]);

  const out: PlannedRegistration[] = [];
  for (const category of categories) {
    const [start, end] = rng.pick(windows);
    const createdAt = new Date(Math.floor(rng.between(start, end) / 1000) * 1000);
    const caseRef = rng.hex(64);
    const professional = rng.weighted(ctx.cast.professionals.map((p, i) => [p, ctx.cast.weights[i]!] as const));
    if (category === 'unmet') out.push(unmetRegistration(rng, ctx, caseRef, professional, createdAt));
    else if (category === 'not_suitable') out.push(notSuitableRegistration(rng, ctx, caseRef, professional, createdAt));
    else {
      const deployment = deployedRegistration(rng, ctx, caseRef, professional, createdAt, category);
      // Sometimes the first choice was not available and something else was found.
      if (rng.chance(0.07)) {
        const earlier = new Date(createdAt.getTime() - rng.int(2, 20) * 60_000);
        out.push(unmetRegistration(rng, ctx, caseRef, professional, earlier));
      }
      out.push(deployment);
    }
  }
  return out;
}

function ambassadorActive(cast: TeamCast, at: Date): boolean {
  return cast.ambassador !== null && at >= cast.ambassadorFrom && (cast.ambassadorUntil === null || at < cast.ambassadorUntil);
}

function single(
  ctx: MonthContext,
  by: Actor,
  record: Omit<Registration, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'domains'> & { domains: ZrmDomain[] },
  rng: Rng,
  at: Date,
): PlannedRegistration {
  const full: Registration = { id: deterministicUuid(rng, at), ...record, createdAt: at.toISOString(), updatedAt: at.toISOString(), version: 1 };
  return {
    teamId: ctx.team.id,
    record: full,
    followUpDue: followUpDue(full, null, ctx.team.followUpDays),
    recordedBy: by.id,
    updatedBy: by.id,
    changedAt: at,
    events: [{ userId: by.id, deviceId: by.deviceId, version: 1, status: null, at }],
  };
}

function unmetRegistration(rng: Rng, ctx: MonthContext, caseRef: string, by: Actor, at: Date): PlannedRegistration {
  const demand = rng.weighted(UNMET_DEMAND);
  const service = demand.serviceId ? ctx.byId.get(demand.serviceId) : undefined;
  return single(
    ctx,
    by,
    {
      caseRef,
      outcome: 'unmet',
      kind: demand.kind,
      ...(service ? { serviceId: service.id, organizationId: service.organization_id } : {}),
      domains: service ? domainsOf(rng, service) : (demand.domains ?? []),
    },
    rng,
    at,
  );
}

function notSuitableRegistration(rng: Rng, ctx: MonthContext, caseRef: string, by: Actor, at: Date): PlannedRegistration {
  return single(
    ctx,
    by,
    { caseRef, outcome: 'not_suitable', notSuitableReason: rng.weighted(NOT_SUITABLE_WEIGHTS), domains: [rng.weighted(NOT_SUITABLE_DOMAINS)] },
    rng,
    at,
  );
}

function pickService(rng: Rng, deployable: Service[], wijk: string): Service {
  for (;;) {
    const kind = rng.weighted(KIND_WEIGHTS);
    const options = deployable.filter((s) => s.handreiking.kind === kind);
    if (!options.length) continue;
    // Local initiatives are what a team knows best: weigh offers limited to its own wijk higher.
    return rng.weighted(options.map((s) => [s, s.service_areas.some((a) => a.wijken.includes(wijk)) ? 3 : 1] as const));
  }
}

function notStartedReason(rng: Rng, matched: boolean, lapsed: boolean): NotStartedReason {
  return rng.weighted<NotStartedReason>([
    ['no_capacity', 3],
    ['could_not_contact', lapsed ? 6 : 2],
    ['client_not_interested', 3],
    ['not_eligible', 1],
    ['referred_elsewhere', 1],
    ['volunteer_stopped', matched ? 2 : 0],
  ]);
}

function deployedRegistration(
  rng: Rng,
  ctx: MonthContext,
  caseRef: string,
  professional: Actor,
  createdAt: Date,
  category: 'started' | 'not_started',
): PlannedRegistration {
  const { cast, now, story, m } = ctx;
  const service = pickService(rng, ctx.deployable, story.wijk);
  const kind = service.handreiking.kind;
  const withAmbassador = ambassadorActive(cast, createdAt);
  const recorder = withAmbassador && rng.chance(0.25) ? cast.ambassador! : professional;
  const networkish = kind === 'own_network' || kind === 'neighbour';
  const contactBy = rng.weighted<ContactBy>([
    ['professional', 60],
    ['ambassador', withAmbassador ? 25 : 0],
    ['client', 12],
    ['network', networkish ? 30 : 4],
  ]);
  const base: Registration = {
    id: deterministicUuid(rng, createdAt),
    caseRef,
    outcome: 'deployed',
    kind,
    serviceId: service.id,
    organizationId: service.organization_id,
    domains: domainsOf(rng, service),
    relation: rng.weighted(RELATION_WEIGHTS),
    contactBy,
    createdAt: createdAt.toISOString(),
    updatedAt: createdAt.toISOString(),
    version: 1,
  };

  // The status history as it would have happened, then cut off at `now`.
  const steps: Array<{ status: Status; at: Date; reason?: NotStartedReason }> = [];
  let requestedAt = createdAt;
  if (rng.chance(0.2)) {
    steps.push({ status: 'chosen', at: createdAt });
    requestedAt = new Date(createdAt.getTime() + rng.between(0.2, 3) * DAY);
  }
  steps.push({ status: 'requested', at: requestedAt });
  const wait = Math.max(1, service.handreiking.waiting_days.typical * rng.between(0.5, 1.2) + rng.between(0, 4));
  const lapsed = rng.chance(story.lapsedFollowUps[m]!);
  if (category === 'started') {
    let matchedAt = requestedAt.getTime() + wait * rng.between(0.4, 0.8) * DAY;
    let startedAt = requestedAt.getTime() + wait * DAY + rng.between(0.5, 3) * DAY;
    if (startedAt > now.getTime() - HOUR && m < MONTHS - 1) {
      // A past month's case that the story says started: it started before today.
      const room = now.getTime() - HOUR - requestedAt.getTime();
      startedAt = requestedAt.getTime() + room * rng.between(0.5, 0.95);
      matchedAt = requestedAt.getTime() + (startedAt - requestedAt.getTime()) * rng.between(0.3, 0.8);
    }
    steps.push({ status: 'matched', at: new Date(matchedAt) }, { status: 'started', at: new Date(startedAt) });
    const commitment = service.handreiking.volunteers.commitment;
    const [p, min, max] = commitment === 'one_off' ? [0.9, 1, 10] : commitment === 'short' ? [0.7, 20, 70] : [0.3, 90, 240];
    if (rng.chance(p)) steps.push({ status: 'ended', at: new Date(startedAt + rng.between(min, max) * DAY) });
  } else if (!lapsed) {
    const matched = rng.chance(0.35);
    const resolveAt = requestedAt.getTime() + rng.between(18, 60) * DAY;
    if (matched) steps.push({ status: 'matched', at: new Date(requestedAt.getTime() + (resolveAt - requestedAt.getTime()) * rng.between(0.3, 0.7)) });
    steps.push({ status: 'not_started', at: new Date(resolveAt), reason: notStartedReason(rng, matched, story.lapsedFollowUps[m]! > 0.2) });
  }
  // A lapsed follow-up stays "requested": nobody asked whether it started.

  const events: PlannedEvent[] = [];
  let record = base;
  let due: Date | null = null;
  let previous: { status: string | null; followUpDue: Date | null } | null = null;
  let lastBy = recorder;
  for (const step of steps) {
    if (step.at > now) break;
    const version = events.length + 1;
    const by = version === 1 ? recorder : ambassadorActive(cast, step.at) && rng.chance(0.5) ? cast.ambassador! : professional;
    record = {
      ...record,
      status: step.status,
      ...(step.reason ? { notStartedReason: step.reason } : {}),
      updatedAt: step.at.toISOString(),
      version,
    };
    due = followUpDue(record, previous, ctx.team.followUpDays);
    previous = { status: step.status, followUpDue: due };
    events.push({ userId: by.id, deviceId: by.deviceId, version, status: step.status, at: step.at });
    lastBy = by;
  }
  return {
    teamId: ctx.team.id,
    record,
    followUpDue: due,
    recordedBy: recorder.id,
    updatedBy: lastBy.id,
    changedAt: events.at(-1)!.at,
    events,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing it.

const CHUNK = 500;

export interface DemoYearResult {
  users: number;
  registrations: number;
  events: number;
  ms: number;
}

/**
 * Writes the plan in one transaction: users, then registrations with server sequence numbers taken
 * from the real sequence (in order of last change, as if each had been pushed then), then their
 * status histories in time order so the event ids read as history.
 */
export async function seedDemoYear(db: Db, input: DemoYearInput): Promise<DemoYearResult> {
  const began = performance.now();
  const plan = planDemoYear(input);
  const events = plan.registrations
    .flatMap((r) => r.events.map((e) => ({ registrationId: r.record.id, teamId: r.teamId, ...e })))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.registrationId < b.registrationId ? -1 : a.registrationId > b.registrationId ? 1 : a.version - b.version));

  await db.transaction(async (tx) => {
    if (plan.users.length) await tx.insert(users).values(plan.users);
    for (const b of plan.backdate) await tx.update(users).set({ createdAt: b.createdAt }).where(eq(users.id, b.id));
    const seqRows = await tx.execute(
      sql`select nextval('registration_change_seq') as v from generate_series(1, ${plan.registrations.length})`,
    );
    const seqs = rowsOf<{ v: string | number }>(seqRows)
      .map((r) => Number(r.v))
      .sort((a, b) => a - b);
    const rows = plan.registrations.map((r, i) => ({
      id: r.record.id,
      teamId: r.teamId,
      caseRef: r.record.caseRef,
      outcome: r.record.outcome,
      kind: r.record.kind ?? null,
      serviceId: r.record.serviceId ?? null,
      organizationId: r.record.organizationId ?? null,
      domains: r.record.domains,
      relation: r.record.relation ?? null,
      contactBy: r.record.contactBy ?? null,
      notSuitableReason: r.record.notSuitableReason ?? null,
      status: r.record.status ?? null,
      notStartedReason: r.record.notStartedReason ?? null,
      createdAt: new Date(r.record.createdAt),
      updatedAt: new Date(r.record.updatedAt),
      version: r.record.version,
      followUpDue: r.followUpDue,
      recordedBy: r.recordedBy,
      updatedBy: r.updatedBy,
      serverSeq: seqs[i]!,
      changedAt: r.changedAt,
    }));
    for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(registrations).values(rows.slice(i, i + CHUNK));
    for (let i = 0; i < events.length; i += CHUNK) await tx.insert(registrationEvents).values(events.slice(i, i + CHUNK));
    // Written in bulk, past the push path: count the stats rollup for these teams in one go.
    await rebuildRollup(tx, [...new Set(plan.registrations.map((r) => r.teamId))], input.now);
  });
  return { users: plan.users.length, registrations: plan.registrations.length, events: events.length, ms: Math.round(performance.now() - began) };
}
