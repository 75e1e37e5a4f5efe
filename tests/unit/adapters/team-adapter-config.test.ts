import { describe, expect, it } from 'vitest';
import { ADAPTER_LIMITS, AdapterConfig } from '../../../lib/adapters/adapter-config';
import { keukentafel } from '../../../lib/adapters/systems/keukentafel';
import { PutTeamAdapterRequest, TeamAdapterConfig, type TeamAdapterConfigInput } from '../../../lib/contracts/team-adapter';

/** A team's mapping of the demo intake system, as an administrator's editor would save it. */
const mapping = (): TeamAdapterConfigInput => ({ ...structuredClone(keukentafel), id: 'eigen-keukentafel', matches: ['https://zaak.gemeente.nl/verslag/*'] });

const messages = (input: unknown) => {
  const result = TeamAdapterConfig.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('TeamAdapterConfig: a team’s own mapping, held to the built-in configs’ schema and bounds', () => {
  it('accepts a mapping of a team’s host', () => {
    expect(messages(mapping())).toEqual([]);
  });

  it('is the built-in schema: what it accepts, AdapterConfig accepts', () => {
    expect(AdapterConfig.parse(mapping())).toEqual(TeamAdapterConfig.parse(mapping()));
  });

  it('refuses patterns for every site, which the built-in schema lets the generic reader have', () => {
    const everySite = { ...mapping(), matches: ['<all_urls>'] };
    expect(AdapterConfig.safeParse(everySite).success).toBe(true);
    expect(messages(everySite)).toEqual([expect.stringContaining('matches.0: adrespatroon moet het zaaksysteem van het team noemen')]);
  });

  it('refuses a selector that a browser would throw on, naming the field', () => {
    const config = mapping();
    config.fields.postcode = { selector: 'div:bogus(' };
    expect(messages(config)).toEqual([expect.stringMatching(/^fields\.postcode\.selector: selector is geen geldige CSS/)]);
  });

  it('refuses a huge config: too many labels, need fields or patterns, over-long texts, too big as a whole', () => {
    const tooManyLabels = mapping();
    tooManyLabels.fields.caseKey = { labels: Array.from({ length: ADAPTER_LIMITS.labelsPerField + 1 }, (_, i) => `Label ${i}`) };
    expect(messages(tooManyLabels)).toEqual([`fields.caseKey.labels: hoogstens ${ADAPTER_LIMITS.labelsPerField} labels per veld`]);

    const tooManyNeeds = mapping();
    tooManyNeeds.fields.need = Array.from({ length: ADAPTER_LIMITS.needSources + 1 }, () => ({ labels: ['Hulpvraag'] }));
    expect(messages(tooManyNeeds)).toEqual([`fields.need: hoogstens ${ADAPTER_LIMITS.needSources} velden voor de hulpvraag`]);

    const tooManyPatterns = { ...mapping(), matches: Array.from({ length: ADAPTER_LIMITS.matchPatterns + 1 }, (_, i) => `https://zaak${i}.gemeente.nl/*`) };
    expect(messages(tooManyPatterns)).toEqual([`matches: hoogstens ${ADAPTER_LIMITS.matchPatterns} adrespatronen`]);

    const longLabel = mapping();
    longLabel.fields.wijk = { labels: ['W'.repeat(ADAPTER_LIMITS.labelLength + 1)] };
    expect(messages(longLabel)).toEqual([`fields.wijk.labels.0: label is langer dan ${ADAPTER_LIMITS.labelLength} tekens`]);

    // Every part within its own bound, the whole too big: ten need fields of 64 long labels each.
    const big = mapping();
    big.fields.need = Array.from({ length: ADAPTER_LIMITS.needSources }, (_, n) => ({
      labels: Array.from({ length: ADAPTER_LIMITS.labelsPerField }, (_, i) => `${n}-${i} ${'x'.repeat(ADAPTER_LIMITS.labelLength - 10)}`),
    }));
    expect(messages(big)).toEqual([`: de configuratie is groter dan ${ADAPTER_LIMITS.size} tekens`]);
  });

  it('refuses a key the schema does not know, so no page text rides along', () => {
    expect(messages({ ...mapping(), preview: { caseKey: 'KTG-10431' } })).toEqual([expect.stringContaining('preview')]);
    const config = mapping();
    expect(messages({ ...config, fields: { ...config.fields, caseKey: { labels: ['Registratienummer'], value: 'KTG-10431' } } })).toEqual([
      expect.stringContaining('fields.caseKey'),
    ]);
  });

  it('a write names the version it started from', () => {
    expect(PutTeamAdapterRequest.safeParse({ expectedVersion: 0, config: mapping() }).success).toBe(true);
    expect(PutTeamAdapterRequest.safeParse({ expectedVersion: -1, config: mapping() }).success).toBe(false);
    expect(PutTeamAdapterRequest.safeParse({ config: mapping() }).success).toBe(false);
  });
});
