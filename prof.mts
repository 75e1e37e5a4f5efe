import { createApp } from './server/app';
import { migrate } from './server/db/migrate';
import { openDb } from './server/db/open';
import { createTeam, createUser } from './server/db/queries/accounts';
import { v7 } from 'uuid';
const url = process.env.PURL;
const o = openDb({ databaseUrl: url }); await migrate(o);
const team = await createTeam(o.db, { name: 'p', municipality: 'pm' });
const u = await createUser(o.db, team.id, { role: 'professional', displayName: 'x' }, new Date());
const app = createApp({ db: o.db });
const tok = (await (await app.request('/auth/exchange', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: u.signInCode }) })).json()).token;
let total = 0; let http = 0;
for (let b = 0; b < 30; b++) {
  const at = new Date().toISOString();
  const records = Array.from({ length: 100 }, (_, i) => ({ id: v7(), caseRef: (b * 100 + i).toString(16).padStart(64, 'a'), outcome: 'deployed', kind: 'buddy', domains: ['finances'], status: 'requested', createdAt: at, updatedAt: at, version: 1 }));
  const t = performance.now();
  const res = await app.request('/sync/push', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tok}` }, body: JSON.stringify({ deviceId: 'd', records }) });
  await res.json();
  if (b >= 5) http += performance.now() - t;
  if (b === 4) (globalThis as any).__T = {};
}
console.log('http total per batch', (http / 25).toFixed(1));
const T = (globalThis as any).__T; for (const k in T) console.log(k, (T[k] / 25).toFixed(1));
await o.close();
