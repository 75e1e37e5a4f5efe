import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { argumentsOf, compileCatalogue, messageArgsSource, type IcuCatalogue } from '../../../lib/i18n/build/compile';
import { ZRM_DOMAIN_LABELS_NL, ZRM_DOMAINS } from '../../../lib/contracts/zrm';
import { RELATIONS_TO_PROFESSIONAL } from '../../../lib/contracts/value-lists';
import { textsFor } from './texts';
import type enCatalogue from '../../../lib/i18n/catalogues/en.json';
import type nlCatalogue from '../../../lib/i18n/catalogues/nl.json';
import type { MessageKey } from '../../../lib/i18n/translate';

/** `npm run typecheck` fails here on a key missing from or extra in English, or a stale message-args.ts. */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const keysAgree: Exactly<keyof typeof enCatalogue, keyof typeof nlCatalogue> = true;
const typesCurrent: Exactly<MessageKey, keyof typeof nlCatalogue> = true;

/*
 * Issue 12 #14: every text in both languages, as ICU MessageFormat data. The code's keys and the
 * values each text takes are typed from the Dutch catalogue (lib/i18n/message-args.ts, generated);
 * this walks both catalogues and checks what the types cannot: the same keys in English, the same
 * ICU arguments (names, plural or select, the select's cases), no empty text, and a clean text for
 * every key in both languages.
 */

const read = (locale: string) => JSON.parse(readFileSync(new URL(`../../../lib/i18n/catalogues/${locale}.json`, import.meta.url), 'utf8')) as IcuCatalogue;
const nl = read('nl');
const en = read('en');
const compiled = { nl: compileCatalogue(nl), en: compileCatalogue(en) };

/** A sample value for each argument, by its kind. */
function sampleValues(message: Parameters<typeof argumentsOf>[0]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, arg] of Object.entries(argumentsOf(message)))
    values[name] = arg.kind === 'number' ? 3 : arg.kind === 'select' ? (arg.values[0] === 'true' ? true : arg.values[0]) : 'Voorbeeld';
  return values;
}

describe('the catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect([keysAgree, typesCurrent]).toEqual([true, true]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(nl).length).toBeGreaterThan(300);
  });

  it('give each English text the same ICU arguments as the Dutch one', () => {
    const differ = Object.keys(nl).filter((key) => JSON.stringify(argumentsOf(compiled.en[key]!)) !== JSON.stringify(argumentsOf(compiled.nl[key]!)));
    expect(differ).toEqual([]);
  });

  it('catch an English text whose arguments differ (the check above is not hollow)', () => {
    const wrong = compileCatalogue({ a: '{n, plural, one {# dag} other {# dagen}}', b: '{days, plural, one {# day} other {# days}}', c: '{count} days' });
    expect(argumentsOf(wrong.a!)).not.toEqual(argumentsOf(wrong.b!));
    expect(argumentsOf(wrong.b!)).not.toEqual(argumentsOf(wrong.c!));
  });

  it('type the code against the Dutch catalogue as it is (npm run i18n:types after a change)', () => {
    expect(readFileSync(new URL('../../../lib/i18n/message-args.ts', import.meta.url), 'utf8')).toBe(messageArgsSource(nl));
  });

  it.each(['nl', 'en'] as const)('give a real text for every key in %s', (locale) => {
    const { t } = textsFor(locale);
    const broken = Object.keys(nl).filter((key) => {
      const text = (t as (key: string, values?: unknown) => string)(key, sampleValues(compiled[locale][key]!));
      return text.trim() === '' || /undefined|\[object Object\]|NaN|[{}]/.test(text);
    });
    expect(broken).toEqual([]);
  });

  it('name the ZRM domains in Dutch as the ZRM does (one list, lib/contracts/zrm.ts)', () => {
    for (const domain of ZRM_DOMAINS) expect(nl[`domain.${domain}`]).toBe(ZRM_DOMAIN_LABELS_NL[domain]);
  });
});

describe('the texts a user reported (issue 12 #14)', () => {
  const nlT = textsFor('nl').t;
  const enT = textsFor('en').t;

  it('say "1 dag", not "1 dagen", by the language\'s plural rules', () => {
    expect(nlT('waiting', { days: 1 })).toBe('Wachttijd ongeveer 1 dag');
    expect(enT('waiting', { days: 1 })).toBe('Waiting time about 1 day');
    expect(nlT('waiting', { days: 3 })).toBe('Wachttijd ongeveer 3 dagen');
    expect(nlT('waiting', { days: 0 })).toBe('Geen wachttijd');
    expect(nlT('dashboard.caseloadSaved', { cases: 1, month: 'maart 2026' })).toBe('Opgeslagen: 1 casus in maart 2026.');
    expect(enT('eraseExplain', { n: 1 })).toMatch(/^This erases the record of this case.* takes it out of the figures/);
    expect(enT('eraseExplain', { n: 4 })).toMatch(/^This erases all 4 records of this case.* takes them out of the figures/);
  });

  it('never join a relation and "professionele hulp" into "… professional professionele hulp"', () => {
    for (const { t } of [textsFor('nl'), textsFor('en')]) {
      for (const relation of RELATIONS_TO_PROFESSIONAL) expect(t('adjustDetails', { relation: t(`relationSummary.${relation}`), contactBy: 'x' })).not.toMatch(/professional professione/i);
    }
    expect(nlT('adjustDetails', { relation: nlT('relationSummary.together'), contactBy: nlT('contactBy.client') })).toBe('Samen met de professional · contact: Cliënt zelf (aanpassen)');
  });

  it('pick one of fixed cases with an ICU select', () => {
    const warning = { month: 'oktober 2026', latest: '20%', baseline: '35%' };
    expect(nlT('dashboard.relapseWarning', { ...warning, measure: 'requested', atMost: true })).toBe(
      'oktober 2026: informele hulp aangevraagd bij hoogstens 20% van de overwogen casussen, tegen gemiddeld 35% in de 3 maanden ervoor.',
    );
    expect(enT('dashboard.relapseWarning', { ...warning, measure: 'started', atMost: false })).toBe(
      'oktober 2026: informal help started in 20% of considered cases, against 35% on average in the 3 months before.',
    );
  });
});
