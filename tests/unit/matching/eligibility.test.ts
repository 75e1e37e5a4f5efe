import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import { EXCLUSIONS, REQUIREMENTS, type Exclusion, type Offer, type Requirement } from '../../../lib/contracts/catalogue';
import { CaseContext, type CaseContextInput } from '../../../lib/contracts/case-context';
import { assess } from '../../../lib/matching/contra-indications';
import { ruleOut } from '../../../lib/matching/eligibility';
import { organization, service } from '../catalogue/fixture-offers';

/*
 * ruleOut, one rule at a time: each rule once where it rules the offer out (with the exact reason)
 * and once where it does not. The base offer is a buddy for the social network, in postcodes
 * 4811–4829, with trained volunteers who do not take complex cases; the base case has no flags.
 */

function offer(handreiking: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Offer {
  const { offers, skipped } = parseCatalogue({ version: 't', organizations: [organization('org')], services: [service('o', 'org', handreiking, extra)] });
  expect(skipped).toEqual([]);
  return offers[0]!;
}

const ctx = (input: Partial<CaseContextInput> = {}) => CaseContext.parse({ system: 'test', caseKey: 'X', zrm: {}, ...input });

function reason(o: Offer, input: Partial<CaseContextInput> = {}, gazetteer?: ReadonlyMap<string, string[]>) {
  const context = ctx(input);
  return ruleOut(o, context, assess(context), gazetteer);
}

const eligibility = (e: Record<string, unknown>, handreiking: Record<string, unknown> = {}) => offer({ ...handreiking, eligibility: e });

describe('ruleOut: the plain offer', () => {
  it('rules nothing out for a case without flags', () => {
    expect(reason(offer())).toBeNull();
    expect(reason(offer(), { zrm: { scores: { social_network: 2 } }, postcode4: '4820', age: 50, gender: 'male', language: 'nl' })).toBeNull();
  });
});

describe('ruleOut: acute domains', () => {
  it('leaves out an offer whose every domain is acute', () => {
    expect(reason(offer({ zrm_domains: ['social_network'] }), { zrm: { scores: { social_network: 1 } } })).toEqual({ type: 'acute_domain' });
    expect(reason(offer({ zrm_domains: ['social_network', 'finances'] }), { zrm: { scores: { social_network: 1, finances: 1 } } })).toEqual({
      type: 'acute_domain',
    });
  });

  it('keeps an offer with only some domains acute, or none', () => {
    expect(reason(offer({ zrm_domains: ['social_network', 'finances'] }), { zrm: { scores: { social_network: 1, finances: 2 } } })).toBeNull();
    expect(reason(offer({ zrm_domains: ['social_network'] }), { zrm: { scores: { social_network: 2, finances: 1 } } })).toBeNull();
  });
});

describe('ruleOut: gender', () => {
  const womenOnly = eligibility({ genders: ['female'] });
  it('leaves out a women-only offer for a man', () => {
    expect(reason(womenOnly, { gender: 'male' })).toEqual({ type: 'gender', genders: ['female'] });
  });
  it('keeps it for a woman, and where the page does not tell', () => {
    expect(reason(womenOnly, { gender: 'female' })).toBeNull();
    expect(reason(womenOnly)).toBeNull();
  });
  it('keeps an offer without a gender rule for anyone', () => {
    expect(reason(offer(), { gender: 'male' })).toBeNull();
  });
});

describe('ruleOut: age', () => {
  const seniors = offer({}, { minimum_age: 65 });
  const youth = offer({}, { maximum_age: 23 });
  const band = offer({}, { minimum_age: 18, maximum_age: 30 });

  it('leaves out a client younger than the minimum', () => {
    expect(reason(seniors, { age: 64 })).toEqual({ type: 'age', min: 65, max: undefined });
    expect(reason(band, { age: 17 })).toEqual({ type: 'age', min: 18, max: 30 });
  });
  it('leaves out a client older than the maximum', () => {
    expect(reason(youth, { age: 24 })).toEqual({ type: 'age', min: undefined, max: 23 });
    expect(reason(band, { age: 31 })).toEqual({ type: 'age', min: 18, max: 30 });
  });
  it('keeps a client at or inside the bounds, and where the page gives no age', () => {
    expect(reason(seniors, { age: 65 })).toBeNull();
    expect(reason(youth, { age: 23 })).toBeNull();
    expect(reason(band, { age: 18 })).toBeNull();
    expect(reason(band, { age: 30 })).toBeNull();
    expect(reason(seniors)).toBeNull();
  });
});

describe('ruleOut: an offer for a child of the client', () => {
  // A buddy for a child with a disability, 4 to 23, asked for by a parent.
  const forChild = offer({ eligibility: { for_child: true, requires: ['disability'] } }, { minimum_age: 4, maximum_age: 23 });
  const sameForClient = offer({ eligibility: { requires: ['disability'] } }, { minimum_age: 4, maximum_age: 23 });
  const parentOf = (youngestChildAge: number | undefined, childWithDisability = true) => ({
    age: 42,
    household: { hasChildren: true, youngestChildAge, childWithDisability },
  });

  it('checks the ages and the disability against the child, for a parent', () => {
    expect(reason(forChild, parentOf(9))).toBeNull();
    expect(reason(forChild, parentOf(undefined))).toBeNull();
  });
  it('leaves it out when the child is outside the ages, or has no disability', () => {
    expect(reason(forChild, parentOf(2))).toEqual({ type: 'age', min: 4, max: 23 });
    expect(reason(forChild, parentOf(9, false))).toEqual({ type: 'requires', requirement: 'disability' });
    expect(reason(forChild, { age: 42 })).toEqual({ type: 'age', min: 4, max: 23 });
  });
  it('judges a young client on their own age and needs', () => {
    expect(reason(forChild, { age: 15, disability: true })).toBeNull();
    expect(reason(forChild, { age: 15, household: { hasChildren: false } })).toEqual({ type: 'requires', requirement: 'disability' });
  });
  it('keeps the parent\'s own age for an offer not marked as for a child', () => {
    expect(reason(sameForClient, parentOf(9))).toEqual({ type: 'age', min: 4, max: 23 });
  });
});

describe('ruleOut: language group', () => {
  const arabic = eligibility({ language_groups: ['ar'] });
  it('leaves out an offer for Arabic speakers for a Dutch speaker, and where the page names no language', () => {
    expect(reason(arabic, { language: 'nl' })).toEqual({ type: 'language', languages: ['ar'] });
    expect(reason(arabic)).toEqual({ type: 'language', languages: ['ar'] });
    expect(reason(arabic, { language: 'tr' })).toEqual({ type: 'language', languages: ['ar'] });
  });
  it('keeps it for an Arabic speaker; an offer without groups for anyone', () => {
    expect(reason(arabic, { language: 'ar' })).toBeNull();
    expect(reason(offer(), { language: 'ar' })).toBeNull();
  });
  it('takes a client without a language as Dutch-speaking', () => {
    expect(reason(eligibility({ language_groups: ['nl', 'ar'] }))).toBeNull();
  });
});

describe('ruleOut: area', () => {
  const noord = offer({}, { service_areas: [{ name: 'Noord', postcodes: ['4813-4815'], wijken: ['Noord'] }] });
  it('leaves out an offer whose areas do not cover the case', () => {
    expect(reason(noord, { postcode4: '4826' })).toEqual({ type: 'area' });
    expect(reason(noord, { wijk: 'Zuid' })).toEqual({ type: 'area' });
  });
  it('keeps it inside its area, and where the page gives no place', () => {
    expect(reason(noord, { postcode4: '4814' })).toBeNull();
    expect(reason(noord, { wijk: 'noord' })).toBeNull();
    expect(reason(noord)).toBeNull();
  });
  it('places a wijk through the gazetteer', () => {
    const gazetteer = new Map([['centrum', ['4814']]]);
    expect(reason(noord, { wijk: 'Centrum' }, gazetteer)).toBeNull();
    expect(reason(noord, { wijk: 'Centrum' })).toEqual({ type: 'area' });
  });
});

describe('ruleOut: an unsafe network keeps out help through the network', () => {
  const family = offer({ kind: 'own_network' });
  const involvesFamily = offer({ kind: 'volunteer_organisation', involves_own_network: true });
  const neighbour = offer({ kind: 'neighbour' });
  const involvesNeighbours = offer({ kind: 'neighbourhood_initiative', involves_neighbours: true });

  it.each(['domestic_violence', 'unsafe_network'] as const)('with %s', (flag) => {
    for (const o of [family, involvesFamily, neighbour, involvesNeighbours]) {
      expect(reason(o, { flags: [flag] })).toEqual({ type: 'excludes', exclusion: 'unsafe_network' });
    }
    expect(reason(offer({ kind: 'buddy' }), { flags: [flag] })).toBeNull();
  });

  it('not where the network is safe', () => {
    for (const o of [family, involvesFamily, neighbour, involvesNeighbours]) expect(reason(o)).toBeNull();
  });
});

/** For each exclusion: a case that shows it, and one that does not (but comes close). */
const EXCLUSION_CASES: Record<Exclusion, { shows: Partial<CaseContextInput>[]; not: Partial<CaseContextInput>[] }> = {
  acute_crisis: {
    shows: [{ flags: ['crisis'] }, { zrm: { scores: { finances: 1, social_network: 2 } } }],
    not: [{ zrm: { scores: { finances: 2, social_network: 2 } } }],
  },
  domestic_violence: { shows: [{ flags: ['domestic_violence'] }], not: [{ flags: ['unsafe_network'] }] },
  unsafe_network: { shows: [{ flags: ['unsafe_network'] }, { flags: ['domestic_violence'] }], not: [{ flags: ['no_network'] }] },
  active_addiction: { shows: [{ flags: ['active_addiction'] }, { flags: ['active_addiction'], wantsToStopUsing: true }], not: [{ flags: ['debts'] }] },
  // Uses now and does not say they want to stop: a client who wants to cut down, or does not use, is not excluded.
  unwilling_to_stop: {
    shows: [{ flags: ['active_addiction'] }, { flags: ['active_addiction'], wantsToStopUsing: false }],
    not: [{ flags: ['active_addiction'], wantsToStopUsing: true }, { wantsToStopUsing: false }, { household: { relativeWithAddiction: true } }],
  },
  severe_psychiatric: { shows: [{ flags: ['psychiatric'] }], not: [{ flags: ['learning_disability'] }] },
  aggression: { shows: [{ flags: ['aggression'] }], not: [{ flags: ['debts'] }] },
  coercive: { shows: [{ flags: ['coercive'] }], not: [{ flags: ['no_motivation'] }] },
  severe_neglect: { shows: [{ flags: ['severe_neglect'] }], not: [{ flags: ['debts'] }] },
  // Debts alone do not exclude: only acute finances do.
  debts: { shows: [{ zrm: { scores: { finances: 1, social_network: 2 } } }], not: [{ flags: ['debts'] }, { zrm: { scores: { finances: 2 } } }] },
  medical_care: { shows: [{ flags: ['medical_care'] }], not: [{ flags: ['carer_overburdened'] }] },
  no_motivation: { shows: [{ flags: ['no_motivation'] }], not: [{ flags: ['declines_informal'] }] },
  no_network: { shows: [{ flags: ['no_network'] }, { networkExhausted: true }], not: [{ flags: ['unsafe_network'] }] },
  // A wheelchair rules out walking and an ordinary car; a disability alone does not.
  wheelchair: { shows: [{ usesWheelchair: true }], not: [{ disability: true }] },
};

describe('ruleOut: exclusions', () => {
  it('covers every exclusion code', () => {
    expect(Object.keys(EXCLUSION_CASES).sort()).toEqual([...EXCLUSIONS].sort());
  });

  // Trained volunteers for complex cases, so the psychiatric caution does not come first.
  const excluding = (x: Exclusion) =>
    offer({
      kind: 'volunteer_organisation',
      volunteers: { trained: true, screened: true, coordinator: true, contact_with_professional: true, complex_cases: true, commitment: 'long' },
      eligibility: { excludes: [x] },
    });

  for (const x of EXCLUSIONS) {
    it(`${x}: ruled out where the case shows it`, () => {
      for (const input of EXCLUSION_CASES[x].shows) expect(reason(excluding(x), input)).toEqual({ type: 'excludes', exclusion: x });
    });
    it(`${x}: not ruled out where it does not`, () => {
      for (const input of EXCLUSION_CASES[x].not) expect(reason(excluding(x), input)).toBeNull();
      expect(reason(excluding(x))).toBeNull();
    });
  }

  it('names the first exclusion the case shows', () => {
    const o = eligibility({ excludes: ['active_addiction', 'aggression', 'no_network'] }, { kind: 'volunteer_organisation' });
    expect(reason(o, { flags: ['no_network', 'aggression'] })).toEqual({ type: 'excludes', exclusion: 'aggression' });
  });
});

/** For each requirement: cases that meet it and cases that do not. */
const REQUIREMENT_CASES: Record<Requirement, { meets: Partial<CaseContextInput>[]; not: Partial<CaseContextInput>[] }> = {
  learning_disability: { meets: [{ flags: ['learning_disability'] }], not: [{}, { flags: ['psychiatric'] }] },
  wheelchair: { meets: [{ usesWheelchair: true }], not: [{}, { disability: true }, { usesWheelchair: false }] },
  disability: { meets: [{ disability: true }, { flags: ['learning_disability'] }], not: [{}, { disability: false }, { household: { childWithDisability: true } }] },
  young_child: {
    meets: [{ household: { youngestChildAge: 6 } }, { household: { youngestChildAge: 0 } }, { household: { hasChildren: true } }],
    not: [{}, { household: { youngestChildAge: 7 } }, { household: { hasChildren: true, youngestChildAge: 12 } }, { household: { hasChildren: false } }],
  },
  carer: { meets: [{ household: { isCarer: true } }, { flags: ['carer_overburdened'] }], not: [{}, { household: { isCarer: false } }] },
  parent: { meets: [{ household: { hasChildren: true } }, { household: { youngestChildAge: 15 } }], not: [{}, { household: { hasChildren: false } }] },
  single_parent: { meets: [{ household: { singleParent: true, hasChildren: true } }], not: [{}, { household: { hasChildren: true } }, { household: { singleParent: false } }] },
  child_with_disability: {
    meets: [{ household: { childWithDisability: true, hasChildren: true } }],
    not: [{}, { household: { hasChildren: true } }, { household: { childWithDisability: false } }],
  },
  relative_with_addiction: {
    meets: [{ household: { relativeWithAddiction: true } }],
    // The client who uses is not a naaste.
    not: [{}, { flags: ['active_addiction'] }, { household: { relativeWithAddiction: false } }],
  },
  professional_involved: { meets: [{}], not: [] },
  consent: { meets: [{}], not: [] },
};

describe('ruleOut: requirements', () => {
  it('covers every requirement code', () => {
    expect(Object.keys(REQUIREMENT_CASES).sort()).toEqual([...REQUIREMENTS].sort());
  });

  const requiring = (r: Requirement) => offer({ kind: 'volunteer_organisation', eligibility: { requires: [r] } });

  for (const r of REQUIREMENTS) {
    it(`${r}: kept where the case meets it`, () => {
      for (const input of REQUIREMENT_CASES[r].meets) expect(reason(requiring(r), input)).toBeNull();
    });
    if (REQUIREMENT_CASES[r].not.length > 0) {
      it(`${r}: ruled out where it does not`, () => {
        for (const input of REQUIREMENT_CASES[r].not) expect(reason(requiring(r), input)).toEqual({ type: 'requires', requirement: r });
      });
    }
  }

  it('never rules out on professional_involved or consent: the page cannot tell', () => {
    const both = offer({ eligibility: { requires: ['professional_involved', 'consent'] } });
    expect(reason(both, { household: { hasChildren: false, isCarer: false }, flags: ['no_network'] })).toBeNull();
  });
});

describe('ruleOut: refusals', () => {
  it('own_network: leaves out help through the family when the client refuses it', () => {
    expect(reason(offer({ kind: 'own_network' }), { refusals: ['own_network'] })).toEqual({ type: 'refusal', refusal: 'own_network' });
    expect(reason(offer({ kind: 'buddy', involves_own_network: true }), { refusals: ['own_network'] })).toEqual({ type: 'refusal', refusal: 'own_network' });
  });
  it('own_network: keeps it without the refusal, and keeps other help with it', () => {
    expect(reason(offer({ kind: 'own_network' }))).toBeNull();
    expect(reason(offer({ kind: 'own_network' }), { refusals: ['neighbours', 'home_visits', 'group'] })).toBeNull();
    expect(reason(offer({ kind: 'buddy' }), { refusals: ['own_network'] })).toBeNull();
  });

  it('neighbours: leaves out neighbour help when the client refuses it', () => {
    expect(reason(offer({ kind: 'neighbour' }), { refusals: ['neighbours'] })).toEqual({ type: 'refusal', refusal: 'neighbours' });
    expect(reason(offer({ kind: 'neighbourhood_initiative', involves_neighbours: true }), { refusals: ['neighbours'] })).toEqual({
      type: 'refusal',
      refusal: 'neighbours',
    });
  });
  it('neighbours: keeps it without the refusal, and keeps other help with it', () => {
    expect(reason(offer({ kind: 'neighbour' }))).toBeNull();
    expect(reason(offer({ kind: 'neighbour' }), { refusals: ['own_network', 'home_visits', 'group'] })).toBeNull();
    expect(reason(offer({ kind: 'neighbourhood_initiative' }), { refusals: ['neighbours'] })).toBeNull();
  });

  it('home_visits: leaves out an offer that comes to the home', () => {
    expect(reason(eligibility({ home_visits: true }), { refusals: ['home_visits'] })).toEqual({ type: 'refusal', refusal: 'home_visits' });
  });
  it('home_visits: keeps it without the refusal, and an offer elsewhere with it', () => {
    expect(reason(eligibility({ home_visits: true }))).toBeNull();
    expect(reason(eligibility({ home_visits: true }), { refusals: ['own_network', 'neighbours', 'group'] })).toBeNull();
    expect(reason(eligibility({ home_visits: false }), { refusals: ['home_visits'] })).toBeNull();
  });

  it('group: leaves out a group offer and a self-help group', () => {
    expect(reason(eligibility({ group_setting: true }), { refusals: ['group'] })).toEqual({ type: 'refusal', refusal: 'group' });
    expect(reason(offer({ kind: 'self_help_group' }), { refusals: ['group'] })).toEqual({ type: 'refusal', refusal: 'group' });
  });
  it('group: keeps them without the refusal, and one-to-one help with it', () => {
    expect(reason(eligibility({ group_setting: true }))).toBeNull();
    expect(reason(offer({ kind: 'self_help_group' }), { refusals: ['own_network', 'neighbours', 'home_visits'] })).toBeNull();
    expect(reason(offer({ kind: 'buddy' }), { refusals: ['group'] })).toBeNull();
  });
});

describe('ruleOut: the wish to stay anonymous', () => {
  it('leaves out help through family or neighbours', () => {
    for (const o of [offer({ kind: 'own_network' }), offer({ kind: 'neighbour' }), offer({ kind: 'buddy', involves_neighbours: true }), offer({ kind: 'buddy', involves_own_network: true })]) {
      expect(reason(o, { wishes: ['anonymous'] })).toEqual({ type: 'wish', wish: 'anonymous' });
    }
  });
  it('keeps other help with the wish, and family help without it', () => {
    expect(reason(offer({ kind: 'volunteer_organisation' }), { wishes: ['anonymous'] })).toBeNull();
    expect(reason(offer({ kind: 'neighbour' }), { wishes: ['same_gender_volunteer'] })).toBeNull();
    expect(reason(offer({ kind: 'neighbour' }))).toBeNull();
  });
  it('names the refusal before the wish', () => {
    expect(reason(offer({ kind: 'neighbour' }), { wishes: ['anonymous'], refusals: ['neighbours'] })).toEqual({ type: 'refusal', refusal: 'neighbours' });
  });
});

describe('ruleOut: cautions', () => {
  it('carer_load: an offer that asks effort of the household, for an overburdened carer', () => {
    expect(reason(offer({ asks_effort_from_household: true }), { flags: ['carer_overburdened'] })).toEqual({ type: 'caution', caution: 'carer_load' });
    expect(reason(offer({ asks_effort_from_household: true }))).toBeNull();
    expect(reason(offer({ asks_effort_from_household: false }), { flags: ['carer_overburdened'] })).toBeNull();
  });

  const volunteers = (trained: boolean, complex_cases: boolean) => ({ trained, screened: true, coordinator: true, contact_with_professional: true, complex_cases, commitment: 'long' });
  it('psychiatric_untrained: volunteers not both trained and used to complex cases', () => {
    for (const [trained, complex] of [
      [false, false],
      [true, false],
      [false, true],
    ] as const) {
      expect(reason(offer({ volunteers: volunteers(trained, complex) }), { flags: ['psychiatric'] })).toEqual({ type: 'caution', caution: 'psychiatric_untrained' });
    }
  });
  it('psychiatric_untrained: not for trained volunteers for complex cases, a self-help group, or without the flag', () => {
    expect(reason(offer({ volunteers: volunteers(true, true) }), { flags: ['psychiatric'] })).toBeNull();
    expect(reason(offer({ kind: 'self_help_group', volunteers: volunteers(false, false) }), { flags: ['psychiatric'] })).toBeNull();
    expect(reason(offer({ volunteers: volunteers(false, false) }))).toBeNull();
  });

  it('debts_private: money help from neighbours or family, for a client with debts', () => {
    expect(reason(offer({ kind: 'neighbour', zrm_domains: ['finances'] }), { flags: ['debts'] })).toEqual({ type: 'caution', caution: 'debts_private' });
    expect(reason(offer({ kind: 'buddy', involves_own_network: true, zrm_domains: ['finances', 'social_network'] }), { flags: ['debts'] })).toEqual({
      type: 'caution',
      caution: 'debts_private',
    });
  });
  it('debts_private: not for neighbour help on other domains, anonymous money help, or without debts', () => {
    expect(reason(offer({ kind: 'neighbour', zrm_domains: ['social_network'] }), { flags: ['debts'] })).toBeNull();
    expect(reason(offer({ kind: 'volunteer_organisation', zrm_domains: ['finances'] }), { flags: ['debts'] })).toBeNull();
    expect(reason(offer({ kind: 'neighbour', zrm_domains: ['finances'] }))).toBeNull();
  });

  it('aggression_home: a volunteer at the door of an aggressive client', () => {
    expect(reason(eligibility({ home_visits: true }), { flags: ['aggression'] })).toEqual({ type: 'caution', caution: 'aggression_home' });
  });
  it('aggression_home: a buddy alone with the client counts as at home too', () => {
    expect(reason(eligibility({ home_visits: false }, { kind: 'buddy' }), { flags: ['aggression'] })).toEqual({ type: 'caution', caution: 'aggression_home' });
  });
  it('aggression_home: a volunteer in the home also when a professional stays involved on paper (nobody is in the room)', () => {
    expect(reason(eligibility({ home_visits: true, requires: ['professional_involved'] }), { flags: ['aggression'] })).toEqual({ type: 'caution', caution: 'aggression_home' });
  });
  it('aggression_home: not a buddy who works with the professional outside the home, not outside the home and without a buddy, not without aggression', () => {
    expect(reason(eligibility({ home_visits: false, requires: ['professional_involved'] }, { kind: 'buddy' }), { flags: ['aggression'] })).toBeNull();
    expect(reason(eligibility({ home_visits: false }, { kind: 'volunteer_organisation' }), { flags: ['aggression'] })).toBeNull();
    expect(reason(eligibility({ home_visits: true }))).toBeNull();
  });
});

describe('ruleOut: help for the one who uses, when the addiction is a relative\'s', () => {
  const forUsers = offer({ zrm_domains: ['addiction', 'social_network'], kind: 'self_help_group' });
  const relatives = { household: { relativeWithAddiction: true } };
  it('leaves it out for a client whose father drinks and who shows no use of their own', () => {
    expect(reason(forUsers, relatives)).toEqual({ type: 'caution', caution: 'addiction_of_other' });
  });
  it('keeps it where the client uses too, wants to stop, or scores addiction below 4', () => {
    expect(reason(forUsers, { ...relatives, flags: ['active_addiction'], wantsToStopUsing: true })).toBeNull();
    expect(reason(forUsers, { ...relatives, wantsToStopUsing: true })).toBeNull();
    expect(reason(forUsers, { ...relatives, zrm: { scores: { addiction: 3 } } })).toBeNull();
  });
  it('keeps help for relatives (addiction not its first domain)', () => {
    expect(reason(offer({ zrm_domains: ['domestic_relations', 'addiction'] }), relatives)).toBeNull();
  });
  it('leaves it out, as help for people who use, where the page shows nobody using (low mood shares a domain with it)', () => {
    expect(reason(forUsers, { zrm: { scores: { mental_health: 3, addiction: 5 } } })).toEqual({ type: 'caution', caution: 'for_users' });
    expect(reason(forUsers)).toEqual({ type: 'caution', caution: 'for_users' });
  });
});

describe('ruleOut: full', () => {
  it('leaves out a full offer, with the date it takes clients again when it said', () => {
    expect(reason(offer({ full: true }))).toEqual({ type: 'full', until: undefined });
    expect(reason(offer({ full: true, full_until: '2027-01-15' }))).toEqual({ type: 'full', until: '2027-01-15' });
  });
  it('keeps an offer that is not full, even with a stale full_until', () => {
    expect(reason(offer({ full: false }))).toBeNull();
    expect(reason(offer({ full: false, full_until: '2027-01-15' }))).toBeNull();
  });
  it('gives the offer’s own rules before "full"', () => {
    expect(reason(offer({ full: true, eligibility: { genders: ['female'] } }), { gender: 'male' })).toEqual({ type: 'gender', genders: ['female'] });
  });
});
