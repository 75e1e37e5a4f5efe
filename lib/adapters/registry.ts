import { MatchPattern } from '@webext-core/match-patterns';
import type { AdapterConfig } from './adapter-config';
import { generic } from './systems/generic';
import { keukentafel } from './systems/keukentafel';
import { klassiek } from './systems/klassiek';
import { spa } from './systems/spa';

/** Configured case systems; a page no config claims is read by the generic adapter. */
export const ADAPTERS: readonly AdapterConfig[] = [klassiek, keukentafel, spa];

export function pickAdapter(url: string, adapters: readonly AdapterConfig[] = ADAPTERS): AdapterConfig {
  for (const adapter of adapters) {
    if (adapter.matches.some((pattern) => new MatchPattern(pattern).includes(url))) return adapter;
  }
  return generic;
}
