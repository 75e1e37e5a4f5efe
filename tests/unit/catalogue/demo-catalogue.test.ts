import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import doc from '../../../demo/sociale-kaart.json';
import { CatalogueDocument, Organization, Service } from '../../../lib/contracts/catalogue';
import { KINDS_OF_HELP } from '../../../lib/contracts/help';

// The demo sociale kaart must stay loadable, varied enough to exercise matching, and free of
// anything that looks like a real contact address.

const FORM_PREFIX = 'http://localhost:4300/formulier/';
const DEMO_DOMAIN = '.demo.example';

type Entry = { id?: unknown } & Record<string, unknown>;
const organizations = doc.organizations as Entry[];
const services = doc.services as Entry[];

function idOf(entry: Entry, index: number): string {
  return typeof entry.id === 'string' ? entry.id : `#${index}`;
}

/** Services and organizations that parse; the parse tests report the others. */
const parsedServices = services.flatMap((s) => {
  const r = Service.safeParse(s);
  return r.success ? [r.data] : [];
});
const parsedOrganizations = organizations.flatMap((o) => {
  const r = Organization.safeParse(o);
  return r.success ? [r.data] : [];
});

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** Every string anywhere in the document, with its JSON path. */
function allStrings(value: unknown, path = '$'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${path}.${k}`));
  }
  return [];
}

describe('demo sociale kaart (demo/sociale-kaart.json)', () => {
  it('is a demo CatalogueDocument', () => {
    const parsed = CatalogueDocument.parse(doc);
    expect(parsed.demo).toBe(true);
    expect(parsed.version).toBe('demo-2026-11');
  });

  it('every organization parses with the Organization schema', () => {
    const failures = organizations.flatMap((o, i) => {
      const r = Organization.safeParse(o);
      return r.success ? [] : [`${idOf(o, i)}: ${z.prettifyError(r.error)}`];
    });
    expect(failures).toEqual([]);
  });

  it('every service parses with the Service schema', () => {
    const failures = services.flatMap((s, i) => {
      const r = Service.safeParse(s);
      return r.success ? [] : [`${idOf(s, i)}: ${z.prettifyError(r.error)}`];
    });
    expect(failures).toEqual([]);
  });

  it('has at least 66 services from at least 28 organisations', () => {
    expect(services.length).toBeGreaterThanOrEqual(66);
    expect(organizations.length).toBeGreaterThanOrEqual(28);
    const withServices = new Set(services.map((s) => s.organization_id));
    expect(withServices.size).toBeGreaterThanOrEqual(28);
  });

  it('has unique ids', () => {
    expect(duplicates(organizations.map(idOf))).toEqual([]);
    expect(duplicates(services.map(idOf))).toEqual([]);
  });

  it('links every service to an existing organization', () => {
    const orgIds = new Set(organizations.map(idOf));
    const dangling = services.flatMap((s, i) =>
      orgIds.has(String(s.organization_id)) ? [] : [`${idOf(s, i)} -> ${String(s.organization_id)}`],
    );
    expect(dangling).toEqual([]);
  });

  it('offers every kind of help at least three times', () => {
    const counts = Object.fromEntries(KINDS_OF_HELP.map((k) => [k, 0])) as Record<string, number>;
    for (const s of parsedServices) counts[s.handreiking.kind] = (counts[s.handreiking.kind] ?? 0) + 1;
    const tooFew = KINDS_OF_HELP.filter((k) => (counts[k] ?? 0) < 3).map((k) => `${k}: ${counts[k]}`);
    expect(tooFew).toEqual([]);
  });

  it('gives every service 6–20 keywords', () => {
    const bad = parsedServices
      .filter((s) => s.handreiking.keywords.length < 6 || s.handreiking.keywords.length > 20)
      .map((s) => `${s.id}: ${s.handreiking.keywords.length}`);
    expect(bad).toEqual([]);
  });

  it('points every request form at the demo server', () => {
    const bad = parsedServices
      .filter((s) => s.handreiking.request.form_url !== `${FORM_PREFIX}${s.id}`)
      .map((s) => `${s.id}: ${s.handreiking.request.form_url ?? '(none)'}`);
    expect(bad).toEqual([]);
    for (const s of services) {
      const url = (s.handreiking as { request?: { form_url?: string } } | undefined)?.request?.form_url;
      expect(url?.startsWith(FORM_PREFIX), String(s.id)).toBe(true);
    }
  });

  it('uses only fictitious contact domains', () => {
    const problems: string[] = [];
    const strings = allStrings(doc);

    // Any e-mail address anywhere must be on a .demo.example domain.
    const emailRe = /[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
    for (const [path, text] of strings) {
      for (const m of text.matchAll(emailRe)) {
        if (!m[1]!.toLowerCase().endsWith(DEMO_DOMAIN)) problems.push(`${path}: e-mail ${m[0]}`);
      }
    }

    // Any URL anywhere must be on a .demo.example host, or the demo request form on localhost.
    const urlRe = /\b(?:https?|ftp):\/\/[^\s"'<>)]+|\bwww\.[^\s"'<>)]+/gi;
    for (const [path, text] of strings) {
      for (const m of text.matchAll(urlRe)) {
        const raw = m[0];
        if (raw.startsWith(FORM_PREFIX) && path.endsWith('.form_url')) continue;
        const parsedUrl = URL.parse(raw.startsWith('www.') ? `https://${raw}` : raw);
        if (!parsedUrl) problems.push(`${path}: unparseable url ${raw}`);
        else if (!parsedUrl.hostname.toLowerCase().endsWith(DEMO_DOMAIN)) problems.push(`${path}: url ${raw}`);
      }
    }

    // The url and email fields themselves, also when they would slip past the patterns above.
    for (const o of parsedOrganizations) {
      if (o.url && !new URL(o.url).hostname.endsWith(DEMO_DOMAIN)) problems.push(`${o.id}.url ${o.url}`);
      if (o.email && !o.email.endsWith(DEMO_DOMAIN)) problems.push(`${o.id}.email ${o.email}`);
    }
    for (const s of parsedServices) {
      if (s.url && !new URL(s.url).hostname.endsWith(DEMO_DOMAIN)) problems.push(`${s.id}.url ${s.url}`);
      if (s.email && !s.email.endsWith(DEMO_DOMAIN)) problems.push(`${s.id}.email ${s.email}`);
      const r = s.handreiking.request;
      if (r.email && !r.email.endsWith(DEMO_DOMAIN)) problems.push(`${s.id}.request.email ${r.email}`);
    }

    expect(problems).toEqual([]);
  });
});
