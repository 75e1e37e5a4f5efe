/*
 * `npx tsx tests/eval/check-cases.ts [file…]`: checks evaluation case files before anything runs
 * them: each case parses, ids are unique, every named offer exists in the demo kaart, and no
 * offer is both expected and forbidden. Prints one line per problem; exits 1 when there is one.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { EvalCase } from './eval-case';

const kaart = JSON.parse(readFileSync(new URL('../../demo/sociale-kaart.json', import.meta.url), 'utf8')) as { services: { id: string }[] };
const offerIds = new Set(kaart.services.map((s) => s.id));

export function problemsOf(inputs: readonly unknown[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    const parsed = EvalCase.safeParse(input);
    if (!parsed.success) {
      problems.push(`case ${i}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return;
    }
    const c = parsed.data;
    if (seen.has(c.id)) problems.push(`${c.id}: id used twice`);
    seen.add(c.id);
    for (const id of [...c.expect.top5, ...c.expect.never]) if (!offerIds.has(id)) problems.push(`${c.id}: no offer "${id}" in the kaart`);
    for (const id of c.expect.top5) if (c.expect.never.includes(id)) problems.push(`${c.id}: "${id}" both expected and forbidden`);
    if (/<script/i.test(c.html)) problems.push(`${c.id}: no scripts in case pages`);
    if (!c.html.includes(c.expect.caseKey)) problems.push(`${c.id}: the case key is not on the page`);
  });
  return problems;
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  let all: unknown[] = [];
  for (const file of process.argv.slice(2)) {
    const mod = (await import(pathToFileURL(file).href)) as { cases: unknown[] };
    all = all.concat(mod.cases);
  }
  const problems = problemsOf(all);
  for (const p of problems) console.log(p);
  console.log(`${all.length} cases, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}
