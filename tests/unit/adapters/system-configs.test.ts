import { describe, expect, it } from 'vitest';
import { AdapterConfig } from '../../../lib/adapters/adapter-config';
import { ADAPTERS } from '../../../lib/adapters/registry';
import { generic } from '../../../lib/adapters/systems/generic';

/*
 * The configs are plain data in the content script (zod stays out of it, issue 11), so the schema
 * checks them here: each must pass as it is written, defaults already filled in, or the engine
 * would meet a shape the schema never allowed.
 */
describe('the case-system configs the content script carries', () => {
  it.each([...ADAPTERS, generic].map((config) => [config.id, config] as const))('%s is valid as written, with nothing left to defaults', (_id, config) => {
    expect(AdapterConfig.parse(config)).toEqual(config);
  });
});
