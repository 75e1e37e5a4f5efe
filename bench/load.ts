/*
 * The benchmark's data, made inside PostgreSQL: `INSERT … SELECT … FROM generate_series`, every
 * "random" choice a hash of the row number (hashint8), so a run is repeatable and a million rows
 * never cross the wire. Shape: teams of five (four professionals and an ambassador), registrations
 * spread evenly over two years up to `now`, about 8% of them a further registration of a case seen
 * shortly before, a third of them deployments with a status history in registration_events.
 */
import type { Sql } from 'postgres';

export interface BenchShape {
  teams: number;
  registrations: number;
  /** Days the registrations are spread over, ending a day before `now`. */
  days: number;
  now: Date;
}

export const MUNICIPALITY_ID = '00000000-0000-4000-8000-000000000001';
export const PROFESSIONALS_PER_TEAM = 4;

/** Fixed ids, so the runner can find team t and its professionals without asking. */
export const teamId = (t: number) => `00000000-0000-4000-a000-${t.toString(16).padStart(12, '0')}`;
export const userId = (t: number, k: number) => `00000000-0000-4000-b000-${(t * 8 + k).toString(16).padStart(12, '0')}`;
const teamIdSql = (t: string) => `('00000000-0000-4000-a000-' || lpad(to_hex(${t}), 12, '0'))::uuid`;
const userIdSql = (t: string, k: string) => `('00000000-0000-4000-b000-' || lpad(to_hex((${t}) * 8 + (${k})), 12, '0'))::uuid`;

const KINDS = ['volunteer_organisation', 'buddy', 'neighbour', 'own_network', 'self_help_group', 'neighbourhood_initiative', 'carer_support'];
const DOMAINS = ['finances', 'daytime_activities', 'housing', 'domestic_relations', 'mental_health', 'physical_health', 'addiction', 'adl', 'social_network', 'participation', 'justice'];
const RELATIONS = ['alongside', 'alongside', 'together', 'instead_or_before', 'aftercare'];
const CONTACT = ['professional', 'professional', 'professional', 'ambassador', 'client', 'network'];
const NOT_SUITABLE = ['client_declines', 'too_complex', 'crisis', 'no_network', 'medical_care', 'safety', 'other_fixed', 'coercive_setting'];
const NOT_STARTED = ['no_capacity', 'could_not_contact', 'client_not_interested', 'not_eligible', 'referred_elsewhere'];

const array = (xs: string[]) => `array[${xs.map((x) => `'${x}'`).join(',')}]`;
/** A pseudo-random pick from a list, from hash stream k of row i. */
const pick = (xs: string[], i: string, k: number) => `(${array(xs)})[1 + floor(bench_u(${i}, ${k}) * ${xs.length})::int]`;

/** Days from the request to each later status, from the row's own hash streams (same in both tables). */
const delay = {
  matched: (i: string) => `(2 + bench_u(${i}, 20) * 20)`,
  started: (i: string) => `(3 + bench_u(${i}, 20) * 20 + bench_u(${i}, 21) * 10)`,
  ended: (i: string) => `(10 + bench_u(${i}, 20) * 20 + bench_u(${i}, 21) * 10 + bench_u(${i}, 22) * 120)`,
  notStarted: (i: string) => `(14 + bench_u(${i}, 23) * 40)`,
};

export interface LoadTimings {
  registrationsMs: number;
  eventsMs: number;
  events: number;
}

/** Teams, users and the registrations with their histories. Run on one connection (it sets session options). */
export async function loadBenchData(sql: Sql, shape: BenchShape): Promise<LoadTimings> {
  const { teams, registrations: n, days } = shape;
  const now = `'${shape.now.toISOString()}'::timestamptz`;
  const first = `(${now} - interval '1 day' - ${days} * interval '1 day')`;

  await sql.unsafe(`
    create or replace function bench_u(i bigint, k int) returns float8
    language sql immutable parallel safe
    as $$ select (hashint8(i * 64 + k)::float8 + 2147483648) / 4294967296.0 $$`);
  // The rows are consistent by construction; skipping the foreign-key triggers makes loading
  // several times faster (this session only).
  await sql.unsafe(`set session_replication_role = replica`);
  await sql.unsafe(`set synchronous_commit = off`);

  await sql.unsafe(`insert into municipalities (id, name) values ('${MUNICIPALITY_ID}', 'Benchstad')`);
  await sql.unsafe(`
    insert into teams (id, municipality_id, name)
    select ${teamIdSql('t')}, '${MUNICIPALITY_ID}', 'Benchteam ' || lpad(t::text, 3, '0')
    from generate_series(0, ${teams - 1}) t`);
  await sql.unsafe(`
    insert into users (id, team_id, role, display_name, created_at)
    select ${userIdSql('t', 'k')}, ${teamIdSql('t')},
      case when k < ${PROFESSIONALS_PER_TEAM} then 'professional' else 'ambassador' end,
      'Bench ' || case when k < ${PROFESSIONALS_PER_TEAM} then 'professional' else 'ambassador' end || ' ' || t || '-' || k,
      ${first} - interval '30 days'
    from generate_series(0, ${teams - 1}) t, generate_series(0, ${PROFESSIONALS_PER_TEAM}) k`);

  // Status of a deployment: ended, started, not started, matched or still requested.
  const began = performance.now();
  await sql.unsafe(`
    insert into registrations (id, team_id, case_ref, outcome, kind, service_id, organization_id, domains, relation,
      contact_by, not_suitable_reason, status, not_started_reason, created_at, updated_at, version, follow_up_due,
      recorded_by, updated_by, server_seq, changed_at)
    select
      (lpad(to_hex((extract(epoch from x.created_at) * 1000)::bigint), 12, '0') || '7' || lpad(to_hex(x.i % 4096), 3, '0')
        || '8' || lpad(to_hex(x.i), 15, '0'))::uuid,
      ${teamIdSql('x.team')},
      md5('case:' || x.c) || md5('ref:' || x.c),
      x.outcome,
      case when x.outcome <> 'not_suitable' then ${pick(KINDS, 'x.i', 3)} end,
      case when x.outcome = 'deployed' then 'bench-svc-' || x.svc end,
      case when x.outcome = 'deployed' then 'bench-org-' || (x.svc % 33) end,
      jsonb_build_array(${pick(DOMAINS, 'x.i', 4)}),
      case when x.outcome = 'deployed' then ${pick(RELATIONS, 'x.i', 5)} end,
      case when x.outcome = 'deployed' then ${pick(CONTACT, 'x.i', 6)} end,
      case when x.outcome = 'not_suitable' then ${pick(NOT_SUITABLE, 'x.i', 7)} end,
      x.status,
      case when x.status = 'not_started' then ${pick(NOT_STARTED, 'x.i', 8)} end,
      x.created_at,
      least(${now}, x.created_at + case x.status
        when 'ended' then ${delay.ended('x.i')} when 'started' then ${delay.started('x.i')}
        when 'matched' then ${delay.matched('x.i')} when 'not_started' then ${delay.notStarted('x.i')}
        else 0 end * interval '1 day'),
      case x.status when 'ended' then 4 when 'started' then 3 when 'matched' then 2 when 'not_started' then 2 else 1 end,
      case when x.outcome = 'deployed' then x.created_at + interval '21 days' end,
      ${userIdSql('x.team', 'x.pro')},
      ${userIdSql('x.team', 'x.pro')},
      x.i,
      least(${now}, x.created_at + case x.status
        when 'ended' then ${delay.ended('x.i')} when 'started' then ${delay.started('x.i')}
        when 'matched' then ${delay.matched('x.i')} when 'not_started' then ${delay.notStarted('x.i')}
        else 0 end * interval '1 day')
    from (
      select i, c, i % ${teams} as team, created_at, outcome, floor(bench_u(i, 9) * 80)::int as svc,
        floor(bench_u(i, 10) * ${PROFESSIONALS_PER_TEAM})::int as pro,
        case when outcome <> 'deployed' then null
          when s < 0.25 then 'ended' when s < 0.6 then 'started' when s < 0.8 then 'not_started'
          when s < 0.9 then 'matched' else 'requested' end as status
      from (
        select i,
          -- A further registration of a case of the same team seen one to five rounds earlier.
          case when i > ${teams * 10} and bench_u(i, 1) < 0.08 then i - ${teams} * (1 + floor(bench_u(i, 2) * 5))::bigint else i end as c,
          ${first} + ((i - 1)::float8 / ${n}) * ${days} * interval '1 day' + bench_u(i, 11) * interval '1 hour' as created_at,
          case when bench_u(i, 12) < 0.35 then 'deployed' when bench_u(i, 12) < 0.47 then 'unmet' else 'not_suitable' end as outcome,
          bench_u(i, 13) as s
        from generate_series(1, ${n}::bigint) i
      ) y
    ) x
    order by x.i`);
  const registrationsMs = performance.now() - began;
  await sql.unsafe(`select setval('registration_change_seq', ${n})`);

  const eventsBegan = performance.now();
  const [{ count }] = await sql.unsafe<[{ count: string }]>(`
    with inserted as (
      insert into registration_events (registration_id, team_id, user_id, device_id, version, status, at)
      select r.id, r.team_id, r.recorded_by, 'bench-device', s.v, s.status, least(${now}, r.created_at + s.days * interval '1 day')
      from registrations r
      cross join lateral (values
        (1, case when r.outcome = 'deployed' then 'requested' end, 0::float8),
        (2, case when r.status = 'not_started' then 'not_started' else 'matched' end,
          case when r.status = 'not_started' then ${delay.notStarted('r.server_seq')} else ${delay.matched('r.server_seq')} end),
        (3, 'started', ${delay.started('r.server_seq')}),
        (4, 'ended', ${delay.ended('r.server_seq')})
      ) s(v, status, days)
      where s.v <= r.version
      order by r.server_seq, s.v
      returning 1
    ) select count(*) from inserted`);
  const eventsMs = performance.now() - eventsBegan;
  await sql.unsafe(`set session_replication_role = origin`);
  return { registrationsMs, eventsMs, events: Number(count) };
}
