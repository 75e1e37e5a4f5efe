import { MatchPattern } from '@webext-core/match-patterns';
import type { AdapterConfig } from './adapter-config';
import { generic } from './systems/generic';

/** Configured case systems, most specific first; the generic reader comes last and takes the rest. */
export const ADAPTERS: readonly AdapterConfig[] = [generic];

export function pickAdapter(url: string, adapters: readonly AdapterConfig[] = ADAPTERS): AdapterConfig {
  for (const adapter of adapters) {
    if (adapter.matches.some((pattern) => new MatchPattern(pattern).includes(url))) return adapter;
  }
  return generic;
}
