import { z } from 'zod';
import type { CaseFlag } from '../../lib/contracts/case-context';
import { ZRM_DOMAIN_LABELS_NL, ZRM_DOMAINS } from '../../lib/contracts/zrm';

/*
 * The shape of a fictitious demo case. The demo case systems render these in their own ways; the
 * extension's adapters must get the same facts back out of each rendering. Everything here is made
 * up: names, addresses, ids. Only the postcode ranges follow the demo's wijk layout.
 */

export const DEMO_SYSTEMS = ['klassiek', 'keukentafel', 'spa'] as const;
export const DemoSystem = z.enum(DEMO_SYSTEMS);
export type DemoSystem = z.infer<typeof DemoSystem>;

/** The demo ZRM domains in case-system order: the extension's own list. */
export const DEMO_ZRM_DOMAINS = ZRM_DOMAINS;
export type DemoZrmDomain = (typeof DEMO_ZRM_DOMAINS)[number];

/**
 * Full Dutch names of the leefgebieden, as most case systems print them: the extension's own
 * names, with "(ADL)" after daily living as CliëntVolg and CasusFlow show it.
 */
export const ZRM_LABELS: Record<DemoZrmDomain, string> = { ...ZRM_DOMAIN_LABELS_NL, adl: 'Activiteiten dagelijks leven (ADL)' };

export const ZRM_LEVELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'Acute problematiek',
  2: 'Niet zelfredzaam',
  3: 'Beperkt zelfredzaam',
  4: 'Voldoende zelfredzaam',
  5: 'Volledig zelfredzaam',
};

/** Signals as the case systems label them (Dutch), with the extension flag each one stands for. */
export const SIGNAL_FLAGS = {
  'Huiselijk geweld': 'domestic_violence',
  Crisis: 'crisis',
  'Onveilig netwerk': 'unsafe_network',
  'Geen netwerk': 'no_network',
  'Mantelzorger overbelast': 'carer_overburdened',
  Schulden: 'debts',
  'Psychiatrische problematiek': 'psychiatric',
  'Verplicht kader': 'coercive',
  'Ernstige vervuiling': 'severe_neglect',
  'Medische zorg nodig': 'medical_care',
  'Geen motivatie': 'no_motivation',
  'Wil geen vrijwilliger': 'declines_informal',
  Taalbarrière: 'language_barrier',
} as const satisfies Record<string, CaseFlag>;
export type DemoSignal = keyof typeof SIGNAL_FLAGS;
export const DEMO_SIGNALS = Object.keys(SIGNAL_FLAGS) as DemoSignal[];
export const DemoSignalSchema = z.enum(DEMO_SIGNALS as [DemoSignal, ...DemoSignal[]]);

/** Wijken of Demostad with their postcode ranges (4-digit part), plus the village Hoogeloon. */
export const WIJKEN = {
  Centrum: [4811, 4812],
  Noord: [4813, 4815],
  Oost: [4816, 4819],
  Zuid: [4820, 4824],
  West: [4825, 4829],
  Hoogeloon: [5528, 5528],
} as const;
export type Wijk = keyof typeof WIJKEN;
export const WIJK_NAMES = Object.keys(WIJKEN) as Wijk[];

/** Languages used in the demo: ISO 639-1 code → Dutch name. */
export const LANGUAGE_NAMES: Record<string, string> = {
  nl: 'Nederlands',
  ar: 'Arabisch',
  ti: 'Tigrinya',
  pl: 'Pools',
  en: 'Engels',
  tr: 'Turks',
};

export const WOONSITUATIES = [
  'alleenwonend',
  'samenwonend',
  'samenwonend_kinderen',
  'eenoudergezin',
  'inwonend_ouders',
] as const;
export type Woonsituatie = (typeof WOONSITUATIES)[number];

const Score = z.number().int().min(1).max(5);
const Scores = z.record(z.enum(DEMO_ZRM_DOMAINS), Score);

export const DemoCaseSchema = z
  .object({
    /** The case system's own id (dossiernummer / registratienummer / cliënt-id). */
    id: z.string().regex(/^[A-Z]{2,3}-[0-9]{4,5}(-[0-9]{4})?$/),
    system: DemoSystem,
    /** A short Dutch label of the situation, for the demo index page. */
    scenario: z.string().min(5).max(80),
    name: z.string().min(3),
    /** ISO date; all birthdays fall in January so "age" is the same whether computed from the date or the year (except in January). */
    birthDate: z.iso.date(),
    birthYear: z.number().int().min(1920).max(2012),
    address: z.object({
      street: z.string().min(3),
      houseNumber: z.string().regex(/^\d+[a-zA-Z]?(-\d+)?$/),
      postcode: z.string().regex(/^\d{4} [A-Z]{2}$/),
      city: z.enum(['Demostad', 'Hoogeloon']),
    }),
    wijk: z.enum(WIJK_NAMES as [Wijk, ...Wijk[]]),
    household: z.object({
      situation: z.enum(WOONSITUATIES),
      livesAlone: z.boolean(),
      /** Children living at home. */
      children: z.number().int().min(0).max(10),
      /** The client is a mantelzorger (cares for someone). */
      isCarer: z.boolean(),
      caresFor: z.string().optional(),
    }),
    /** ISO 639-1 code of the language the client speaks best. */
    language: z.string().regex(/^[a-z]{2}$/),
    zrm: z.object({
      edition: z.enum(['2013', '2017']),
      scores: Scores,
      /** Scores at the start of the case; derived from the current ones when absent. */
      start: Scores.optional(),
    }),
    /** Aanleiding: why the case was opened. */
    reason: z.string().min(10),
    /** Situatie: background as the professional describes it. */
    situation: z.string().min(10),
    /** Hulpvraag / "Wat wil de cliënt bereiken?" in the professional's words, 2–6 sentences. */
    need: z.string().min(40),
    signals: z.array(DemoSignalSchema),
  })
  .superRefine((c, ctx) => {
    if (Number(c.birthDate.slice(0, 4)) !== c.birthYear) {
      ctx.addIssue({ code: 'custom', path: ['birthYear'], message: 'birthYear does not match birthDate' });
    }
    if (c.household.livesAlone !== (c.household.situation === 'alleenwonend')) {
      ctx.addIssue({ code: 'custom', path: ['household'], message: 'livesAlone must match situation' });
    }
    if (c.household.isCarer !== (c.household.caresFor !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['household'], message: 'caresFor iff isCarer' });
    }
    const pc4 = Number(c.address.postcode.slice(0, 4));
    const [lo, hi] = WIJKEN[c.wijk];
    if (pc4 < lo || pc4 > hi) {
      ctx.addIssue({ code: 'custom', path: ['address', 'postcode'], message: `postcode not in wijk ${c.wijk}` });
    }
    if ((c.wijk === 'Hoogeloon') !== (c.address.city === 'Hoogeloon')) {
      ctx.addIssue({ code: 'custom', path: ['address', 'city'], message: 'Hoogeloon wijk iff Hoogeloon city' });
    }
    if (!(c.language in LANGUAGE_NAMES)) {
      ctx.addIssue({ code: 'custom', path: ['language'], message: 'unknown demo language' });
    }
    const sentences = c.need.split(/(?<=[.!?])\s+/).filter((s) => s.trim().length > 0).length;
    if (sentences < 2 || sentences > 6) {
      ctx.addIssue({ code: 'custom', path: ['need'], message: `need has ${sentences} sentences, want 2–6` });
    }
    if (new Set(c.signals).size !== c.signals.length) {
      ctx.addIssue({ code: 'custom', path: ['signals'], message: 'duplicate signal' });
    }
  });
export type DemoCase = z.infer<typeof DemoCaseSchema>;
export type DemoCaseInput = z.input<typeof DemoCaseSchema>;
