import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background/index';
import { sendMessage } from '../../../lib/worker-protocol/protocol';
import { openDatabase } from '../../../lib/store/database';
import { saveRegistration } from '../../../lib/store/registrations';
import { getStoredCatalogue } from '../../../lib/store/stored-catalogue';
import { DASHBOARD_MENU } from '../../../lib/toolbar/dashboard-menu';
import { putStoredAdapters } from '../../../lib/store/stored-adapters';
import { keukentafel } from '../../../lib/adapters/systems/keukentafel';

/*
 * The background entry point in WXT's fake browser: messages, install, alarms and the toolbar
 * button go through the real wiring. Issue 11: a rejected openDatabase() or kaart load was kept
 * for the worker's whole life, so one failure broke every later message.
 */

vi.mock('../../../lib/store/database', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/store/database')>();
  return { ...real, openDatabase: vi.fn(real.openDatabase) };
});
vi.mock('../../../lib/store/stored-catalogue', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/store/stored-catalogue')>();
  return { ...real, getStoredCatalogue: vi.fn(real.getStoredCatalogue) };
});

/** contextMenus and i18n are not in the fake browser: a small stand-in that records and can click. */
function fakeMenus() {
  const listeners: Array<(info: { menuItemId: string | number }) => void> = [];
  const items: Array<{ id: string; title: string; contexts: string[] }> = [];
  const menus = {
    items,
    removeAll: vi.fn(async () => void items.splice(0)),
    create: vi.fn((item: { id: string; title: string; contexts: string[] }) => void items.push(item)),
    onClicked: { addListener: (listener: (info: { menuItemId: string | number }) => void) => void listeners.push(listener) },
    click: (menuItemId: string) => listeners.forEach((listener) => listener({ menuItemId })),
  };
  Object.assign(fakeBrowser, { contextMenus: menus, i18n: { getMessage: (key: string) => `[${key}]` } });
  return menus;
}

const DAY = 86_400_000;

// One worker life for the file, as in the browser: the messaging library allows one listener per
// message in a JS context, so the entry point's main() runs once and the tests follow its life.
let menus: ReturnType<typeof fakeMenus>;
beforeAll(() => {
  menus = fakeMenus();
  // Chrome's side panel is not in the fake browser either.
  Object.assign(fakeBrowser, { sidePanel: { setPanelBehavior: async () => undefined } });
  // Granted sites and dynamic content scripts are not in the fake browser either: nothing granted.
  const event = { addListener: () => undefined, removeListener: () => undefined };
  Object.assign(fakeBrowser, {
    permissions: { getAll: async () => ({ origins: [], permissions: [] }), onAdded: event, onRemoved: event },
    scripting: { getRegisteredContentScripts: async () => [], registerContentScripts: async () => undefined, updateContentScripts: async () => undefined, unregisterContentScripts: async () => undefined },
  });
  background.main();
});

describe('the background worker', () => {
  it('opens the database again after it failed to open, instead of failing every later message', async () => {
    vi.mocked(openDatabase).mockRejectedValueOnce(new Error('UnknownError: the disk is busy'));
    await expect(sendMessage('connection', undefined)).rejects.toThrow(/disk is busy/);
    await expect(sendMessage('connection', undefined)).resolves.toMatchObject({ connected: false });
  });

  it('loads the kaart again after a failed load, then keeps it for its life', async () => {
    vi.mocked(getStoredCatalogue).mockClear();
    vi.mocked(getStoredCatalogue).mockRejectedValueOnce(new Error('read failed'));
    await expect(sendMessage('organizationNames', undefined)).rejects.toThrow(/read failed/);
    const names = await sendMessage('organizationNames', undefined);
    // Outside a production build the demo kaart stands in before the first sync.
    expect(Object.keys(names).length).toBeGreaterThan(10);
    await sendMessage('organizationNames', undefined);
    expect(getStoredCatalogue).toHaveBeenCalledTimes(2);
  });

  it('puts "open the dashboard" on the toolbar button’s menu at install, once after an update, and opens it', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledTimes(2));
    expect(menus.items).toEqual([{ id: DASHBOARD_MENU, title: '[openDashboard]', contexts: ['action'] }]);

    menus.click('some-other-item');
    menus.click(DASHBOARD_MENU);
    await vi.waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.filter((t) => t.url?.endsWith('/dashboard.html'))).toHaveLength(1);
    });
  });

  it('answers the panel with the team’s adapters in use, checked once more: one kept by an older extension that fails today’s schema is left out', async () => {
    const info = { version: 1, changedAt: '2026-05-01T09:00:00.000Z', changedBy: null };
    const good = { ...keukentafel, id: 'eigen', matches: ['https://zaak.gemeente.nl/verslag/*'] };
    const stale = { ...keukentafel, id: 'oud', matches: ['<all_urls>'] };
    await putStoredAdapters(await openDatabase(), {
      adapters: [
        { id: 'eigen', inUse: { ...info, config: good } },
        { id: 'oud', inUse: { ...info, config: stale } },
      ],
      etag: '"x"',
      fetchedAt: '2026-05-01T09:00:00.000Z',
    });
    expect(await sendMessage('adapters', undefined)).toEqual([good]);
    expect(await sendMessage('teamAdapters', undefined)).toMatchObject([
      { id: 'eigen', inUse: { version: 1 }, refused: null },
      { id: 'oud', inUse: null, refused: { version: 1, reason: expect.stringContaining('matches.0: adrespatroon moet het zaaksysteem van het team noemen') } },
    ]);
  });

  it('shows the number of due follow-ups on the toolbar button when its alarm fires', async () => {
    const db = await openDatabase();
    const requested = new Date(Date.now() - 30 * DAY).toISOString();
    for (const id of ['0190f0e0-0000-7000-8000-000000000001', '0190f0e0-0000-7000-8000-000000000002']) {
      await saveRegistration(db, {
        id,
        caseRef: 'e'.repeat(64),
        outcome: 'deployed',
        kind: 'buddy',
        domains: [],
        relation: 'alongside',
        contactBy: 'professional',
        status: 'requested',
        createdAt: requested,
        updatedAt: requested,
        version: 1,
      });
    }
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'handreiking-sync', scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('2'));
  });

  it('puts the adapter editor into no page and saves no mapping for a browser not signed in as an administrator', async () => {
    await expect(sendMessage('openAdapterEditor', undefined)).rejects.toThrow(/beheerder/);
    await expect(sendMessage('checkAdapter', { config: keukentafel })).rejects.toThrow(/beheerder/);
    await expect(sendMessage('saveAdapter', { config: keukentafel })).rejects.toThrow(/Meld deze browser eerst aan/);
  });
});

