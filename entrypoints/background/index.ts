import '../../lib/contracts/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { currentCatalogue, NO_KAART } from '../../lib/catalogue/current-catalogue';
import { followUpsResponse } from '../../lib/follow-up/follow-ups-response';
import { snoozeFollowUp } from '../../lib/follow-up/snoozes';
import { EDITOR_SCRIPT, injectPanel, type InjectionApi } from '../../lib/panel-injection/inject-panel';
import { AdapterNotSaved, mayMapSystems, saveTeamAdapter } from '../../lib/adapter-editor/save-team-adapter';
import { readOpenCases } from '../../lib/adapter-editor/read-open-cases';
import { TeamAdapterConfig } from '../../lib/contracts/team-adapter';
import { readManaged } from '../../lib/managed/read-managed';
import { addedSites, DEMO_CASE_PAGES } from '../../lib/case-systems/case-page-patterns';
import { siteAccess } from '../../lib/case-systems/site-access';
import { panelOnLoad } from '../../lib/panel-injection/panel-on-load';
import { announcePanelsGone, panelIsHere } from '../../lib/panel-injection/panel-presence';
import { onMessage } from '../../lib/worker-protocol/protocol';
import { loadCatalogue } from '../../lib/i18n/load-catalogue';
import { DEFAULT_LOCALE, isLocale } from '../../lib/i18n/locales';
import { openDatabase } from '../../lib/store/database';
import { teamAdapterConfigs, teamAdapterStatus } from '../../lib/store/stored-adapters';
import { retryRejected } from '../../lib/sync/outbox';
import { dashboardService } from '../../lib/stats-view/dashboard-service';
import { CaseRef } from '../../lib/contracts/registration';
import { z } from 'zod';
import { eraseCase } from '../../lib/registration/erase-case';
import { removeRecord } from '../../lib/registration/remove-record';
import { register, updateDetails, updateStatus } from '../../lib/registration/record-for-case';
import { search, suggest } from '../../lib/suggest/suggest-for-case';
import { actOnHelpRequest, professionalContact, requestHelp } from '../../lib/help-request/request-help';
import { setProfessionalContact } from '../../lib/store/help-requests';
import { ProfessionalContact } from '../../lib/contracts/help-request';
import { connectionView } from '../../lib/sync/connection-view';
import { connect, disconnect } from '../../lib/sync/connect';
import { onePassAtATime } from '../../lib/sync/one-pass-at-a-time';
import { runSync } from '../../lib/sync/run-sync';
import { nextWake } from '../../lib/sync/schedule';
import { getSyncOverview } from '../../lib/sync/sync-status';
import { showDueFollowUps } from '../../lib/toolbar/badge';
import { createDashboardMenu, isDashboardMenu } from '../../lib/toolbar/dashboard-menu';
import { toggleSidebarFromToolbar, type SidebarApis } from '../../lib/toolbar/sidebar-toggle';
import { rememberUntilFailure } from '../../lib/worker-life/remember';

const SYNC_ALARM = 'handreiking-sync';

/**
 * Before its first sync the extension suggests from the demo kaart only in demo and development
 * builds (`npm start`, the browser tests, `wxt dev`). A production build carries no demo kaart at
 * all: the condition is settled at build time, so the 248 KB import is dropped from its worker.
 */
const kaartBeforeFirstSync = async (): Promise<unknown> =>
  import.meta.env.MODE === 'production' ? NO_KAART : (await import('../../demo/sociale-kaart.json')).default;

export default defineBackground(() => {
  /** This service worker's life; a sync lease from any other life belongs to a stopped worker. */
  const WORKER_LIFE = crypto.randomUUID();
  // Chrome stops this worker when idle: nothing here outlives it but IndexedDB and the alarm.
  const database = rememberUntilFailure(openDatabase);
  const db = () => database.get();
  /** The team's kaart as last synced, or the kaart before the first sync. */
  const kaart = currentCatalogue(db, kaartBeforeFirstSync);
  const deps = async () => ({ db: await db(), catalogue: await kaart.get(), now: () => new Date() });

  const followUps = async () => followUpsResponse(await deps());
  /** The toolbar shows how many follow-ups are due. */
  const refreshBadge = async () => {
    const { badge } = await followUps();
    await showDueFollowUps(browser.action, badge);
  };

  /** One sync pass, then the alarm for the next; all state is in IndexedDB, so a stop mid-way is harmless. */
  const sync = onePassAtATime(async (force) => {
    const d = await db();
    const report = await runSync({
      db: d,
      fetch: (url, init) => fetch(url, init),
      now: () => new Date(),
      random: Math.random,
      force,
      holder: `${WORKER_LIFE}/${crypto.randomUUID()}`,
      isGone: (holder) => !holder.startsWith(`${WORKER_LIFE}/`),
    });
    if (report.catalogue === 'changed') {
      kaart.forget();
      // Indexed now, in place or anew, and kept: not on the professional's next suggestion.
      void kaart.get().catch(() => undefined);
    }
    const wake = nextWake(await getSyncOverview(d), new Date());
    if (wake.at) await browser.alarms.create(SYNC_ALARM, { when: Math.max(wake.at.getTime(), Date.now() + 1_000) });
    else await browser.alarms.clear(SYNC_ALARM);
    await refreshBadge().catch(() => undefined);
    return report;
  });
  const syncSoon = (force = false) => void sync(force).catch((error: unknown) => console.warn('Handreiking sync failed; will retry', error));
  const afterWrite = <T>(result: T) => {
    syncSoon();
    return result;
  };

  // Where the panel goes: the demo hosts in the demo build, and the sites the browser granted.
  const sites = siteAccess({
    demoPages: import.meta.env.MODE === 'production' ? [] : DEMO_CASE_PAGES,
    permissions: browser.permissions,
    scripting: browser.scripting,
  });
  const panels = panelOnLoad({
    isCasePage: (url) => sites.includes(url),
    isHere: (tabId) => panelIsHere(browser.tabs, tabId),
    inject: (tabId) => injectPanel(browser as unknown as InjectionApi, { tab: { id: tabId }, frameId: 0 }),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  });
  /** Open pages of these sites get their panel now, without a reload. */
  const panelsOn = async (patterns: readonly string[]) => {
    if (patterns.length) panels.existing(await browser.tabs.query({ url: [...patterns] }));
  };
  // A worker woken by a page's load must know the granted sites before it decides.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => void sites.ready().then(() => panels.updated(tabId, change, tab), () => undefined));
  browser.tabs.onRemoved.addListener((tabId) => panels.removed(tabId));
  void sites.ready().then((pages) => panelsOn(pages.patterns)).catch(() => undefined);
  browser.permissions.onAdded.addListener((added) => {
    void sites.refresh().then(() => panelsOn(addedSites(added.origins ?? []))).catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener((removed) => {
    void sites.refresh().catch(() => undefined);
    void announcePanelsGone(browser.tabs, addedSites(removed.origins ?? [])).catch(() => undefined);
  });
  onMessage('texts', ({ data }) => loadCatalogue(isLocale(data?.locale) ? data.locale : DEFAULT_LOCALE));
  onMessage('adapters', async () => teamAdapterConfigs(await db()));
  onMessage('teamAdapters', async () => teamAdapterStatus(await db()));
  onMessage('managedSettings', () => readManaged(browser.storage.managed));
  // The adapter editor: only for a role that may map case systems, only into the asking tab.
  const mayMap = async () => {
    if (!(await mayMapSystems(await db()))) throw new AdapterNotSaved('may_not_map', 'Koppelingen met een casussysteem maakt de beheerder.');
  };
  onMessage('openAdapterEditor', async ({ sender }) => {
    await mayMap();
    await injectPanel(browser as unknown as InjectionApi, { tab: sender.tab, frameId: 0 }, EDITOR_SCRIPT);
  });
  onMessage('checkAdapter', async ({ data, sender }) => {
    await mayMap();
    const parsed = TeamAdapterConfig.safeParse(data.config);
    if (!parsed.success) throw new AdapterNotSaved('invalid', parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    return readOpenCases(browser.tabs, parsed.data, sender.tab?.id);
  });
  onMessage('saveAdapter', async ({ data }) => {
    const saved = await saveTeamAdapter(await db(), data.config, (url, init) => fetch(url, init));
    // The team's other devices take it at their next sync; this one at once.
    syncSoon(true);
    return saved;
  });
  onMessage('suggest', async ({ data }) => suggest(await deps(), data));
  onMessage('search', async ({ data }) => search(await deps(), data.text));
  onMessage('register', async ({ data, sender }) =>
    afterWrite(await register(await deps(), data.context, data.draft, { confirmed: data.confirmed === true, pageUrl: sender.url ?? sender.tab?.url })),
  );
  onMessage('requestHelp', async ({ data, sender }) => afterWrite(await requestHelp(await deps(), data, sender.url ?? sender.tab?.url)));
  onMessage('requestAction', async ({ data }) => afterWrite(await actOnHelpRequest(await deps(), data)));
  onMessage('professionalContact', async () => professionalContact(await deps()));
  onMessage('saveProfessionalContact', async ({ data }) => setProfessionalContact(await db(), ProfessionalContact.parse(data)));
  onMessage('updateStatus', async ({ data }) => afterWrite(await updateStatus(await deps(), data)));
  onMessage('updateDetails', async ({ data }) => afterWrite(await updateDetails(await deps(), data)));
  onMessage('removeRecord', async ({ data }) => {
    await removeRecord(await db(), z.uuid().parse(data.id), (url, init) => fetch(url, init));
    await refreshBadge().catch(() => undefined);
  });
  onMessage('eraseCase', async ({ data }) => {
    const erased = await eraseCase(await db(), CaseRef.parse(data.caseRef), (url, init) => fetch(url, init));
    await refreshBadge().catch(() => undefined);
    return erased;
  });
  onMessage('followUps', () => followUps());
  onMessage('snoozeFollowUp', async ({ data }) => {
    await snoozeFollowUp(await db(), data.id, data.until);
    await refreshBadge().catch(() => undefined);
    return followUps();
  });
  onMessage('connection', async () => connectionView(await db()));
  onMessage('connect', async ({ data }) => {
    const d = await db();
    // What the organisation preset holds here too, not only on the options page.
    const { settings } = await readManaged(browser.storage.managed);
    const serverUrl = (settings.serverUrl ?? data.serverUrl).trim().replace(/\/+$/, '');
    await connect({ db: d, fetch: (url, init) => fetch(url, init), serverUrl, code: data.code.trim(), teamId: settings.teamId });
    kaart.forget();
    await sync(true).catch(() => undefined);
    return connectionView(d);
  });
  onMessage('disconnect', async ({ data }) => {
    const d = await db();
    await disconnect(d, { discardUnsent: data?.discardUnsent === true, fetch: (url, init) => fetch(url, init) });
    // Nothing of the team stays behind: the alarm, the badge, the kaart in memory, the panel's per-case state.
    await browser.alarms.clear(SYNC_ALARM);
    kaart.forget();
    await showDueFollowUps(browser.action, 0);
    await browser.storage.local.remove('collapsedCases');
    return connectionView(d);
  });
  onMessage('syncNow', async () => {
    await sync(true);
    return connectionView(await db());
  });
  onMessage('retryParked', async ({ data }) => {
    await retryRejected(await db(), data.id);
    await sync(true);
    return connectionView(await db());
  });

  const dashboard = dashboardService({ db, catalogue: () => kaart.get(), fetch: (url, init) => fetch(url, init) });
  onMessage('stats', ({ data }) => dashboard.stats(data));
  onMessage('dashboardTeams', () => dashboard.teams());
  onMessage('canEnterCaseload', () => dashboard.canEnterCaseload());
  onMessage('setCaseload', ({ data }) => dashboard.setCaseload(data));
  onMessage('organizationNames', () => dashboard.organizationNames());
  const openDashboard = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  };
  onMessage('openDashboard', openDashboard);
  browser.runtime.onInstalled.addListener(() => {
    void createDashboardMenu(browser.contextMenus, browser.i18n.getMessage('openDashboard'), import.meta.env.MANIFEST_VERSION === 2 ? 2 : 3);
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (isDashboardMenu(info)) void openDashboard();
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) syncSoon();
  });
  browser.runtime.onStartup.addListener(() => syncSoon());
  browser.runtime.onInstalled.addListener(() => syncSoon());
  // Back online: try at once, whatever the backoff said.
  globalThis.addEventListener?.('online', () => syncSoon(true));

  // The toolbar button opens the ambassador's side panel where the browser has one (Chrome).
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } } }).chrome?.sidePanel;
  void chromeSidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  // In Firefox it opens and closes the sidebar that shows the same page.
  toggleSidebarFromToolbar(browser as unknown as SidebarApis);
});
