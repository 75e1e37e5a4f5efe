// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AdapterConfig } from '../../../lib/adapters/adapter-config';
import { readCase } from '../../../lib/adapters/read-whole-case';
import { klassiek } from '../../../lib/adapters/systems/klassiek';
import { configOf, draftOf, emptyDraft, type Draft } from '../../../lib/adapter-editor/draft';
import { proposeItems, proposeSource, proposeZrm } from '../../../lib/adapter-editor/propose-source';

/*
 * Issue 13 #2: an administrator maps a case system by clicking the element that holds each fact.
 * Mapped from scratch on one saved page of the CliëntVolg demo system, the config must read every
 * saved case of that system exactly as its hand-written built-in adapter does.
 */

const NOW = new Date('2026-11-23T12:00:00Z');
const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const page = (file: string) => new DOMParser().parseFromString(readFileSync(join(PAGES, file), 'utf8'), 'text/html');

/** The value cell beside a row header, as the administrator clicks it. */
function cellOf(doc: Document, header: string): Element {
  const th = Array.from(doc.querySelectorAll('th')).find((el) => el.textContent?.trim() === header);
  if (!th?.nextElementSibling) throw new Error(`no row ${header}`);
  return th.nextElementSibling;
}

function mapByClicks(doc: Document): Draft {
  const draft = emptyDraft('http://localhost:4300/klassiek/dossier/KD-2026-0418');
  draft.name = 'CliëntVolg (door de beheerder)';
  const pick = (header: string) => proposeSource(doc, cellOf(doc, header)).source;
  draft.fields.caseKey = pick('Dossiernummer');
  draft.fields.birth = pick('Geboortedatum');
  draft.fields.postcode = pick('Postcode');
  draft.fields.wijk = pick('Wijk');
  draft.fields.household = pick('Huishouden');
  draft.fields.language = pick('Voorkeurstaal');
  draft.need.push(proposeSource(doc, doc.querySelector('#hulpvraag p')!).source);
  draft.signals = proposeItems(doc.querySelector('ul.signalen li')!);
  // A score in the "Huidige score" column.
  draft.zrm = proposeZrm(doc.querySelector('#zrm tbody tr td:nth-child(3)')!);
  return draft;
}

describe('mapping a case system by clicking its elements', () => {
  const mapped = configOf(mapByClicks(page('klassiek-KD-2026-0418.html')));

  it('makes a valid config of labels and stable selectors, no positions', () => {
    expect(AdapterConfig.safeParse(mapped).success).toBe(true);
    // Labels are kept as the reader compares them (no case or accents).
    expect(mapped.fields.caseKey).toEqual({ labels: ['dossiernummer'] });
    expect(mapped.fields.need[0]?.selector ?? mapped.fields.need[0]?.labels[0]).toBeTruthy();
    expect(mapped.fields.signals).toBe('ul.signalen > li');
    expect(mapped.zrm).toEqual({ container: '#zrm', scoreColumn: 'Huidige score' });
    expect(JSON.stringify(mapped)).not.toMatch(/nth-of-type/);
    expect(mapped.matches).toEqual(['http://localhost/klassiek/*']);
  });

  it.each(['klassiek-KD-2026-0412.html', 'klassiek-KD-2026-0418.html'])('reads %s as the built-in adapter does', (file) => {
    const doc = page(file);
    const byHand = readCase(doc, klassiek, { now: NOW });
    const byClicks = readCase(doc, mapped, { now: NOW });
    expect(byClicks).toEqual({ ...byHand, system: mapped.id });
  });
});

describe('a saved mapping opened again', () => {
  it('keeps its id and every source, so saving it makes its next version', () => {
    const draft = mapByClicks(page('klassiek-KD-2026-0418.html'));
    const saved = configOf(draft);
    const reopened = draftOf(saved);
    expect(configOf({ ...reopened, name: 'Een nieuwe naam' })).toEqual({ ...saved, name: 'Een nieuwe naam' });
  });
});
