import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe findings on a whole page or frame served by the API, as `rule: target` lines. */
export async function seriousViolations(target: Page | Frame): Promise<string[]> {
  // Evaluated over the DevTools protocol, not as an inline <script>, which the CSP would refuse.
  await target.evaluate(axeSource);
  return target.evaluate(async () => {
    type Result = { id: string; impact: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const result = await axe.run(document);
    // Proof axe looked at something: a page with nothing on it passes every rule.
    if (result.passes.length < 5) return [`axe checked almost nothing (${result.passes.length} passes)`];
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
