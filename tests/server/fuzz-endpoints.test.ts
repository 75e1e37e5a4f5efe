import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, type Role } from '../../lib/contracts/accounts';
import { rowsOf } from '../../server/db/open';
import { createUser } from '../../server/db/queries/accounts';
import { arbitraryFor, hostileValue, poisonedFor, type JsonSchema } from './fuzz/schema-arbitrary';
import { createWorld, type World } from './harness';

/*
 * Issue 11: every endpoint of the OpenAPI document (generated from the zod contracts, so a new
 * route is fuzzed without a line here) gets requests built from its own schema with hostile leaves,
 * as every role of two teams and as nobody. No answer may be a 5xx, every refusal has the error
 * shape, and a refused request leaves the database exactly as it was.
 * FUZZ_RUNS (default 10,000) is the total over all endpoints; the seed is fixed so a failure repeats.
 */

const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_111);

interface Operation {
  method: string;
  path: string;
  parameters: Array<{ in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema: JsonSchema }>;
  body?: JsonSchema;
}

type CallerKey = `${'a' | 'b'}.${Role}` | 'anon' | 'garbage';
const CALLERS: CallerKey[] = ['a.professional', 'a.ambassador', 'a.aandachtsfunctionaris', 'a.kaart_keeper', 'a.admin', 'b.professional', 'b.ambassador', 'anon', 'garbage'];

let w: World;
let doc: { paths: Record<string, Record<string, { parameters?: Operation['parameters']; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>> };
let operations: Operation[] = [];

beforeAll(async () => {
  w = await createWorld();
  doc = (await w.anon.get('/openapi.json')).body;
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content['application/json']?.schema,
    })),
  );
}, 180_000);
afterAll(() => w.close());

/**
 * What a refused request must not change: every row count, every change sequence, the kaart's
 * ETag, every team's settings and every user's revocation, the team keys, devices, wraps and labels,
 * the teams' adapters and their history.
 */
async function fingerprint(): Promise<string> {
  const result = await w.db.execute(sql`select concat_ws(':',
    (select count(*) from registrations), (select max(server_seq) from registrations),
    (select count(*) from registration_events), (select count(*) from registration_tombstones),
    (select count(*) from municipalities), (select md5(coalesce(string_agg(t::text, ',' order by t.id), '')) from teams t),
    (select md5(coalesce(string_agg(u::text, ',' order by u.id), '')) from users u),
    (select count(*) from sign_in_codes), (select count(*) from sign_in_codes where used_at is not null),
    (select count(*) from tokens), (select count(*) from tokens where revoked_at is not null),
    (select coalesce(string_agg(etag, ',' order by etag), '') from catalogues),
    (select md5(coalesce(string_agg(k::text, ',' order by k.team_id), '')) from team_keys k),
    (select md5(coalesce(string_agg(d::text, ',' order by d.id), '')) from team_devices d),
    (select md5(coalesce(string_agg(x::text, ',' order by x.device_row_id), '')) from team_key_wraps x),
    (select md5(coalesce(string_agg(l::text, ',' order by l.team_id, l.case_ref), '')) from case_labels l),
    (select md5(coalesce(string_agg(a::text, ',' order by a.team_id, a.adapter_id), '')) from team_adapters a),
    (select count(*) from team_adapter_history)) as f`);
  return rowsOf<{ f: string }>(result)[0]!.f;
}

const asParam = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '');
/** encodeURIComponent throws on a lone surrogate half; send it as the raw (invalid UTF-8) bytes a hostile client would. */
const pathSegment = (v: string) => Array.from(v, (ch) => (/^[\ud800-\udfff]$/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('');
const headerSafe = (v: string) => /^[\x20-\x7e]*$/.test(v);

/**
 * Mostly callers whose role may use the route (found by asking each once, in `beforeAll`), so
 * requests get past the door; the others still come, for the 401s and 403s.
 */
function requestArbitrary(op: Operation, allowed: readonly CallerKey[]) {
  const param = (schema: JsonSchema) => fc.oneof({ weight: 5, arbitrary: arbitraryFor(schema, doc, 0) }, { weight: 1, arbitrary: hostileValue });
  const params = Object.fromEntries(op.parameters.map((p) => [`${p.in}:${p.name}`, p.required ? param(p.schema) : fc.option(param(p.schema), { nil: undefined })]));
  const json = (arb: fc.Arbitrary<unknown>) => arb.map((value) => ({ kind: 'json' as const, value }));
  const body = op.body
    ? fc.oneof(
        { weight: 5, arbitrary: json(arbitraryFor(op.body, doc, 0)) },
        { weight: 10, arbitrary: json(poisonedFor(op.body, doc)) },
        { weight: 3, arbitrary: json(arbitraryFor(op.body, doc)) },
        { weight: 1, arbitrary: json(hostileValue) },
        { weight: 1, arbitrary: fc.constantFrom('{"records": [', '', 'null', '\u0000', '{"a":1}{', '[]').map((text) => ({ kind: 'raw' as const, text })) },
      )
    : fc.constant(undefined);
  const caller = allowed.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom(...CALLERS) }) : fc.constantFrom(...CALLERS);
  return fc.record({ caller, params: fc.record(params), body });
}

/** Which callers get past the role check of an operation (anything but 401/403 to a bare request). */
async function allowedCallers(op: Operation): Promise<CallerKey[]> {
  const path = op.path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
  const allowed: CallerKey[] = [];
  for (const key of CALLERS) {
    const token = await tokenOf(key);
    const res = await w.app.request(path, { method: op.method, headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (res.status !== 401 && res.status !== 403) allowed.push(key);
  }
  return allowed;
}

/** A caller whose token was revoked by an earlier (allowed) request gets a new account and token. */
async function tokenOf(key: CallerKey): Promise<string | undefined> {
  if (key === 'anon') return undefined;
  if (key === 'garbage') return 'not-a-token';
  return w.tokens[key];
}
async function renew(key: CallerKey) {
  const [team, role] = key.split('.') as ['a' | 'b', Role];
  const teamId = team === 'a' ? w.teamA.id : w.teamB.id;
  const { signInCode } = await createUser(w.db, teamId, { role, displayName: `${key} (fuzz)` }, w.clock.now);
  // In-process requests share one (absent) client address, so the fuzzer's own wrong codes for
  // /auth/exchange lock that address out (tests/server/sign-in-throttle.test.ts); the scaffolding
  // that replaces a revoked account is no guesser and starts with a clean slate.
  await w.db.execute(sql`delete from sign_in_throttle`);
  w.tokens[key] = await w.signIn(signInCode);
}

describe('fuzzing every endpoint from its contract', () => {
  it('covers every route the app serves', () => {
    // The console's and the plugin's static pages take no input to fuzz (tests/server/console-pages.test.ts, plugin-pages.test.ts).
    const served = w.app.routes.filter((r) => r.method !== 'ALL' && r.path !== '/openapi.json' && r.path !== '/console/*' && !r.path.startsWith('/plugin/v1/')).map((r) => `${r.method} ${r.path}`);
    const fuzzed = operations.map((o) => `${o.method} ${o.path.replace(/\{(\w+)\}/g, ':$1')}`);
    expect(new Set(fuzzed)).toEqual(new Set(served));
    expect(operations.length).toBeGreaterThanOrEqual(15);
  });

  it(`${TOTAL_RUNS} requests: no 5xx, refusals in the error shape, nothing stored from a refused request`, async () => {
    // Requests with a body have the most to get wrong: they get three shares, a parameter one more.
    const share = (op: Operation) => 1 + op.parameters.length + (op.body ? 3 : 0);
    const shares = operations.reduce((n, op) => n + share(op), 0);
    let before = await fingerprint();
    const statuses = new Map<number, number>();
    for (const [index, op] of operations.entries()) {
      const allowed = await allowedCallers(op);
      before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(requestArbitrary(op, allowed), async ({ caller, params, body }) => {
          let path = op.path;
          const query = new URLSearchParams();
          const headers: Record<string, string> = {};
          for (const p of op.parameters) {
            const value = (params as Record<string, unknown>)[`${p.in}:${p.name}`];
            if (value === undefined) continue;
            if (p.in === 'path') path = path.replace(`{${p.name}}`, pathSegment(asParam(value)));
            else if (p.in === 'query') query.set(p.name, asParam(value));
            else if (headerSafe(asParam(value))) headers[p.name] = asParam(value);
          }
          const token = await tokenOf(caller);
          if (token) headers.authorization = `Bearer ${token}`;
          const init: RequestInit = { method: op.method, headers };
          if (body) {
            headers['content-type'] = 'application/json';
            init.body = body.kind === 'json' ? JSON.stringify(body.value) ?? 'null' : body.text;
          }
          const res = await w.app.request(`${path}${query.size ? `?${query}` : ''}`, init);
          const text = await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status, `${op.method} ${path}: ${text.slice(0, 300)}`).toBeLessThan(500);
          expect(res.headers.get('x-content-type-options')).toBe('nosniff');
          const after = await fingerprint();
          if (res.status >= 400) {
            expect(ApiError.safeParse(JSON.parse(text)).success, text.slice(0, 300)).toBe(true);
            expect(after, `${op.method} ${path} answered ${res.status} but changed the database`).toBe(before);
            const code = (JSON.parse(text) as ApiError).error.code;
            // The database's data errors are caught as a last resort (app.ts); reaching it means the contract let the value through.
            expect(code, `${op.method} ${path}: the contract let through what the database refused: ${init.body?.toString().slice(0, 300)}`).not.toBe('invalid_value');
            if (res.status === 401 && code === 'token_revoked' && caller !== 'anon' && caller !== 'garbage') {
              await renew(caller);
              before = await fingerprint();
              return;
            }
          }
          before = after;
        }),
        { seed: SEED + index, numRuns: Math.ceil((TOTAL_RUNS * share(op)) / shares), endOnFailure: false },
      );
    }
    console.info(`fuzz: ${TOTAL_RUNS} requests over ${operations.length} operations, answers by status ${JSON.stringify(Object.fromEntries(statuses))}`);
    // The run must have reached the database, not only the doors: some requests were accepted.
    const accepted = [...statuses].filter(([s]) => s < 300).reduce((n, [, c]) => n + c, 0);
    const refused = [...statuses].filter(([s]) => s === 400).reduce((n, [, c]) => n + c, 0);
    expect(accepted).toBeGreaterThan(TOTAL_RUNS / 20);
    expect(refused).toBeGreaterThan(TOTAL_RUNS / 20);
  }, Math.max(900_000, TOTAL_RUNS * 100));
});
