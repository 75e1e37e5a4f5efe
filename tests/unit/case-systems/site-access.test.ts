import { describe, expect, it, vi } from 'vitest';
import { addedSites, casePages, DEMO_CASE_PAGES } from '../../../lib/case-systems/case-page-patterns';
import { siteAccess } from '../../../lib/case-systems/site-access';
import { DOCK_SCRIPT_ID, DOCK_STYLESHEET, keepDockRegistered, type DockScripting } from '../../../lib/panel-injection/dock-stylesheet';

/** A browser's registered content scripts, in memory. */
function fakeScripting(options: { noPersist?: boolean } = {}) {
  const scripts = new Map<string, { id: string; matches: string[]; css?: string[]; runAt?: string; persistAcrossSessions?: boolean }>();
  const api: DockScripting & { scripts: typeof scripts } = {
    scripts,
    getRegisteredContentScripts: async ({ ids }) => [...scripts.values()].filter((s) => ids.includes(s.id)).map((s) => ({ ...s })),
    registerContentScripts: vi.fn(async (list) => {
      for (const s of list) {
        if (options.noPersist && 'persistAcrossSessions' in s) throw new Error('Type error for parameter scripts: persistAcrossSessions is unsupported');
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, { ...s, matches: [...s.matches] });
      }
    }),
    updateContentScripts: vi.fn(async (list) => {
      for (const s of list) scripts.set(s.id, { ...scripts.get(s.id)!, matches: [...s.matches] });
    }),
    unregisterContentScripts: vi.fn(async ({ ids }) => {
      for (const id of ids) scripts.delete(id);
    }),
  };
  return api;
}

describe('the dock stylesheet on the granted sites', () => {
  it('is registered for the granted sites, at document start, kept across sessions', async () => {
    const scripting = fakeScripting();
    await keepDockRegistered(scripting, ['https://regas.gemeente.nl/*']);
    expect(scripting.scripts.get(DOCK_SCRIPT_ID)).toEqual({
      id: DOCK_SCRIPT_ID,
      matches: ['https://regas.gemeente.nl/*'],
      css: [DOCK_STYLESHEET],
      runAt: 'document_start',
      persistAcrossSessions: true,
    });
  });

  it('follows the grants: updated when they change, left alone when they do not, removed when none are left', async () => {
    const scripting = fakeScripting();
    await keepDockRegistered(scripting, ['https://a.gemeente.nl/*']);
    await keepDockRegistered(scripting, ['https://a.gemeente.nl/*', 'https://b.gemeente.nl/*']);
    expect(scripting.scripts.get(DOCK_SCRIPT_ID)?.matches).toEqual(['https://a.gemeente.nl/*', 'https://b.gemeente.nl/*']);
    await keepDockRegistered(scripting, ['https://b.gemeente.nl/*', 'https://a.gemeente.nl/*']);
    expect(scripting.updateContentScripts).toHaveBeenCalledTimes(1);
    await keepDockRegistered(scripting, []);
    expect(scripting.scripts.size).toBe(0);
    // Nothing registered and nothing granted: nothing to do.
    await keepDockRegistered(scripting, []);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledTimes(1);
  });

  it('is registered for this session where the browser cannot keep it across sessions', async () => {
    const scripting = fakeScripting({ noPersist: true });
    await keepDockRegistered(scripting, ['https://a.gemeente.nl/*']);
    expect(scripting.scripts.get(DOCK_SCRIPT_ID)?.matches).toEqual(['https://a.gemeente.nl/*']);
  });
});

describe('where the panel goes', () => {
  it('takes granted whole hosts as case systems, never the demo hosts or broad grants', () => {
    expect(addedSites(['https://b.gemeente.nl/*', 'http://localhost/*', 'https://*/*', 'https://a.gemeente.nl/*', 'https://a.gemeente.nl/*'])).toEqual([
      'https://a.gemeente.nl/*',
      'https://b.gemeente.nl/*',
    ]);
  });

  it('is only the demo hosts in the demo build before anything is granted, and nothing in the store build', async () => {
    const none = { getAll: async () => ({ origins: [] }) };
    const demo = siteAccess({ demoPages: DEMO_CASE_PAGES, permissions: none });
    await demo.ready();
    expect(demo.includes('http://localhost:4300/klassiek/dossier/1')).toBe(true);
    expect(demo.includes('https://regas.gemeente.nl/dossier/1')).toBe(false);
    const store = siteAccess({ demoPages: [], permissions: none });
    await store.ready();
    expect(store.includes('http://localhost:4300/klassiek/dossier/1')).toBe(false);
  });

  it('follows a grant and its removal, and keeps the dock stylesheet on exactly the granted sites', async () => {
    const granted: string[] = [];
    const scripting = fakeScripting();
    const sites = siteAccess({ demoPages: [], permissions: { getAll: async () => ({ origins: [...granted] }) }, scripting });
    await sites.ready();
    expect(sites.includes('https://regas.gemeente.nl/dossier/1')).toBe(false);
    granted.push('https://regas.gemeente.nl/*');
    await sites.refresh();
    expect(sites.includes('https://regas.gemeente.nl/dossier/1')).toBe(true);
    expect(sites.includes('https://regas.gemeente.nl.evil.example/')).toBe(false);
    expect(scripting.scripts.get(DOCK_SCRIPT_ID)?.matches).toEqual(['https://regas.gemeente.nl/*']);
    granted.pop();
    await sites.refresh();
    expect(sites.includes('https://regas.gemeente.nl/dossier/1')).toBe(false);
    expect(scripting.scripts.size).toBe(0);
  });

  it('keeps the panel working when the stylesheet cannot be registered', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const scripting = { ...fakeScripting(), getRegisteredContentScripts: async () => Promise.reject(new Error('scripting unavailable')) };
    const sites = siteAccess({ demoPages: [], permissions: { getAll: async () => ({ origins: ['https://regas.gemeente.nl/*'] }) }, scripting });
    await sites.ready();
    expect(sites.includes('https://regas.gemeente.nl/x')).toBe(true);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('matches pages on any port and path of a granted host, as match patterns do', () => {
    const pages = casePages(['https://regas.gemeente.nl/*']);
    expect(pages.includes('https://regas.gemeente.nl:8443/dossier/1')).toBe(true);
    expect(pages.includes('http://regas.gemeente.nl/dossier/1')).toBe(false);
    expect(pages.includes(undefined)).toBe(false);
  });
});
