import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { reasonText, schemaReasons } from '../../../lib/catalogue/import/rejection-reason';
import { IMPORT_REASON_KEYS, type ImportReason } from '../../../lib/contracts/import-reason';
import { textsFor } from '../i18n/texts';

/* Every reason an import row can be rejected for reads in Dutch and in English. */

const SAMPLE: Record<ImportReason['key'], ImportReason> = {
  schema: { key: 'schema', args: { path: 'status', nl: 'Ongeldige optie', en: 'Invalid option' } },
  schemaRow: { key: 'schemaRow', args: { nl: 'Ongeldige invoer', en: 'Invalid input' } },
  empty: { key: 'empty', column: 'Organisatie' },
  noColumnFor: { key: 'noColumnFor', args: { fields: 'organization, name' } },
  notYesNo: { key: 'notYesNo', args: { value: 'soms' } },
  notWholeNumber: { key: 'notWholeNumber', args: { value: 'veel', min: 0, max: 120 } },
  notDate: { key: 'notDate', args: { value: 'maart' } },
  noSuchDate: { key: 'noSuchDate', args: { value: '32-13-2026' } },
  unknownValue: { key: 'unknownValue', args: { value: 'Astrologie', list: 'domain' } },
  unknownLanguage: { key: 'unknownLanguage', args: { value: 'Klingon' } },
  notPostcode: { key: 'notPostcode', args: { value: '35AB' } },
  noOrganization: { key: 'noOrganization' },
  duplicateId: { key: 'duplicateId', args: { id: 'buurthulp' } },
  unknownOrganization: { key: 'unknownOrganization', args: { id: 'nergens' } },
};

describe('import rejection reasons', () => {
  it.each(IMPORT_REASON_KEYS)('%s has a Dutch and an English text, each with its values filled in', (key) => {
    const nl = textsFor('nl');
    const en = textsFor('en');
    expect(nl.has(`import.reason.${key}` as never)).toBe(true);
    expect(en.has(`import.reason.${key}` as never)).toBe(true);
    const [dutch, english] = [reasonText(SAMPLE[key], nl), reasonText(SAMPLE[key], en)];
    if (SAMPLE[key].args?.nl) expect([dutch, english].map((text) => text.includes(String(SAMPLE[key].args![text === dutch ? 'nl' : 'en'])))).toEqual([true, true]);
    expect(dutch).not.toBe(english);
    for (const text of [dutch, english]) {
      expect(text).not.toMatch(/[{}]|import\.reason/);
      const { list: _list, nl: _nl, en: _en, ...shown } = SAMPLE[key].args ?? {};
      for (const value of Object.values(shown)) expect(text).toContain(String(value));
    }
  });

  it('names a value list in the shown language', () => {
    expect(reasonText(SAMPLE.unknownValue, textsFor('nl'))).toBe('"Astrologie" is geen bekende ZRM-leefgebied');
    expect(reasonText(SAMPLE.unknownValue, textsFor('en'))).toBe('"Astrologie" is not a known ZRM life domain');
    expect(reasonText(SAMPLE.empty, textsFor('en'))).toBe('Organisatie: empty');
  });

  it('gives a contract violation in both languages', () => {
    const reasons = schemaReasons(z.object({ status: z.enum(['active', 'inactive']) }), { status: 'open' });
    expect(reasonText(reasons[0]!, textsFor('nl'))).toBe('status: Ongeldige optie: verwacht één van "active"|"inactive"');
    expect(reasonText(reasons[0]!, textsFor('en'))).toBe('status: Invalid option: expected one of "active"|"inactive"');
    expect(schemaReasons(z.string(), 3).map((r) => r.key)).toEqual(['schemaRow']);
    expect(schemaReasons(z.string(), 'goed')).toEqual([]);
  });
});
