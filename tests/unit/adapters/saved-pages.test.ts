// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCase } from '../../../lib/adapters/read-whole-case';
import { pickAdapter } from '../../../lib/adapters/registry';
import type { CaseContext } from '../../../lib/contracts/case-context';

/*
 * Every demo page style, read from saved copies (tests/fixtures/pages, made by save-pages.ts):
 * the adapter the URL picks must get the case's facts back out, whatever the markup.
 */

const NOW = new Date('2026-11-23T12:00:00Z');
const PAGES = join(import.meta.dirname, '../../fixtures/pages');

function load(file: string, url: string) {
  const html = readFileSync(join(PAGES, file), 'utf8');
  // DOMParser never runs the saved page's scripts.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return readCase(doc, pickAdapter(url), { now: NOW });
}

type Expected = Partial<Omit<CaseContext, 'zrm' | 'household'>> & {
  zrm?: Partial<CaseContext['zrm']['scores']>;
  edition?: string;
  household?: CaseContext['household'];
  needIncludes?: string;
};

const L = 'http://localhost:4300';
const TABLE: [file: string, url: string, expected: Expected][] = [
  [
    'klassiek-KD-2026-0412.html',
    `${L}/klassiek/dossier/KD-2026-0412`,
    {
      system: 'klassiek', caseKey: 'KD-2026-0412', edition: '2017', age: 80, postcode4: '4813', wijk: 'Noord', language: 'nl', flags: [],
      household: { livesAlone: true },
      zrm: { finances: 4, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 3, physical_health: 3, addiction: 5, adl: 3, social_network: 2, participation: 2, justice: 5 },
      needIncludes: 'wandeling',
    },
  ],
  [
    'klassiek-KD-2026-0418.html',
    `${L}/klassiek/dossier/KD-2026-0418`,
    // The children's ages stand in the situation text ("6 en 9 jaar"): the youngest is read for offers that ask for a young child.
    { system: 'klassiek', caseKey: 'KD-2026-0418', postcode4: '4816', flags: ['domestic_violence', 'unsafe_network'], zrm: { domestic_relations: 2, social_network: 2 }, household: { livesAlone: false, hasChildren: true, youngestChildAge: 6 } },
  ],
  [
    'keukentafel-KTG-10431.html',
    `${L}/keukentafel/verslag/KTG-10431`,
    {
      system: 'keukentafel', caseKey: 'KTG-10431', edition: '2013', age: 27, postcode4: '4826', wijk: 'West', language: 'nl', flags: ['debts'],
      household: { livesAlone: false, hasChildren: true, youngestChildAge: 2, singleParent: true }, zrm: { finances: 2, daytime_activities: 3, adl: 4, justice: 5 }, needIncludes: 'geldzaken',
    },
  ],
  [
    'keukentafel-KTG-10452.html',
    `${L}/keukentafel/verslag/KTG-10452`,
    { system: 'keukentafel', caseKey: 'KTG-10452', postcode4: '4818', wijk: 'Oost', language: 'ti', flags: ['language_barrier'], zrm: { daytime_activities: 2, social_network: 2 } },
  ],
  [
    'spa-CL-30517.html',
    `${L}/spa/clienten/CL-30517`,
    { system: 'spa', caseKey: 'CL-30517', edition: '2017', age: 56, postcode4: '4827', wijk: 'West', flags: ['no_network'], household: { livesAlone: true }, zrm: { social_network: 2, daytime_activities: 2, addiction: 4 } },
  ],
  [
    'spa-CL-30556.html',
    `${L}/spa/clienten/CL-30556`,
    { system: 'spa', caseKey: 'CL-30556', language: 'ar', flags: ['language_barrier'], household: { livesAlone: false, hasChildren: true }, zrm: { finances: 3, social_network: 2 } },
  ],
  [
    'onbekend-884120.html',
    `${L}/onbekend/client/884120`,
    {
      system: 'generic', caseKey: '884120', postcode4: '4813', language: 'nl', flags: [], household: { livesAlone: true },
      zrm: { finances: 4, daytime_activities: 2, social_network: 2, participation: 2, justice: 5 }, needIncludes: 'wandeling',
    },
  ],
];

describe('adapters on saved demo pages', () => {
  it.each(TABLE)('%s', (file, url, expected) => {
    const context = load(file, url);
    expect(context).toBeTruthy();
    const { zrm, edition, needIncludes, household, ...fields } = expected;
    expect(context).toMatchObject(fields);
    if (zrm) expect(context!.zrm.scores).toMatchObject(zrm);
    if (edition) expect(context!.zrm.edition).toBe(edition);
    if (household) expect(context!.household).toEqual(household);
    if (needIncludes) expect(context!.needText).toContain(needIncludes);
  });

  it('reads all eleven domains from each configured system', () => {
    for (const [file, url] of TABLE.slice(0, 6)) expect(Object.keys(load(file, url)!.zrm.scores), file).toHaveLength(11);
  });

  it('reads the current ZRM score, not the start score, in the classic file', () => {
    // Startscore for Sociaal netwerk is 1 on this page: reading it would wrongly mark the domain acute.
    expect(load('klassiek-KD-2026-0412.html', `${L}/klassiek/dossier/KD-2026-0412`)!.zrm.scores.social_network).toBe(2);
  });

  it('never takes names, addresses or birth dates into the context', () => {
    const json = JSON.stringify(load('klassiek-KD-2026-0412.html', `${L}/klassiek/dossier/KD-2026-0412`));
    expect(json).not.toContain('Voorbeeld-Jansen');
    expect(json).not.toContain('Voorbeeldlaan');
    expect(json).not.toContain('14-01-1946');
    expect(json).not.toContain('999999912');
  });

  it('finds no case on a page of a case system that shows none (agenda)', () => {
    expect(load('klassiek-agenda.html', `${L}/klassiek/agenda`)).toBeNull();
  });

  it('reads a hostile page within bounds: no crash, text capped, only real scores, no markup taken', () => {
    const context = load('vijandig.html', `${L}/test/vijandig`);
    expect(context).not.toBeNull();
    const { needText, zrm, caseKey } = context!;
    // 300 KB of notes: cut at the contract's bound, not dropped.
    expect(needText).toHaveLength(4000);
    expect(needText.startsWith('[0] Mevrouw voelt zich eenzaam')).toBe(true);
    // A case number with a script tag in it is not taken as the case's key.
    expect(caseKey).toBeUndefined();
    // Scores: only 1–5. Cells with "-1"/"drie", empty ones and a script tag give no score for their
    // domain; a full-width "３" is a 3; rows whose label is markup or mojibake are no domain at all.
    for (const score of Object.values(zrm.scores)) expect([1, 2, 3, 4, 5]).toContain(score);
    expect(zrm.scores).toMatchObject({ finances: 2, adl: 3 });
    for (const domain of ['housing', 'mental_health', 'addiction'] as const) expect(zrm.scores[domain], domain).toBeUndefined();
    // The page's name field never reaches the context.
    expect(JSON.stringify(context)).not.toContain('Vijandig-Test');
  });
});

describe('pickAdapter', () => {
  it.each([
    [`${L}/klassiek/dossier/X`, 'klassiek'],
    ['http://127.0.0.1:9999/keukentafel/verslag/X', 'keukentafel'],
    [`${L}/spa/clienten/X`, 'spa'],
    [`${L}/klassiek/agenda`, 'generic'],
    [`${L}/onbekend/client/1`, 'generic'],
    ['https://example.org/spa/clienten/X', 'generic'],
  ])('%s → %s', (url, id) => {
    expect(pickAdapter(url).id).toBe(id);
  });
});
