import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import demoCatalogue from '../../demo/sociale-kaart.json';
import { loadCatalogue } from '../../lib/catalogue/catalogue-state';
import { badgeCount } from '../../lib/follow-up/follow-ups';
import { loadFollowUps } from '../../lib/follow-up/load-follow-ups';
import { onMessage } from '../../lib/messages/protocol';
import { openDatabase } from '../../lib/store/database';
import { register, search, suggest, updateStatus, type ServiceDeps } from '../../lib/suggest/case-service';

export default defineBackground(() => {
  // Chrome stops this worker when idle; everything is rebuilt lazily on the next message.
  let deps: Promise<ServiceDeps> | undefined;
  const getDeps = () =>
    (deps ??= (async () => ({
      db: await openDatabase(),
      catalogue: loadCatalogue(demoCatalogue),
      now: () => new Date(),
    }))());

  const followUps = async () => {
    const d = await getDeps();
    const items = await loadFollowUps(d.db, d.catalogue.byId, d.now());
    return { items, badge: badgeCount(items) };
  };
  /** The toolbar shows how many follow-ups are due; refreshed after every change. */
  const refreshBadge = async () => {
    const { badge } = await followUps();
    await browser.action.setBadgeText({ text: badge > 0 ? String(badge) : '' });
    await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  };
  const afterWrite = <T>(result: T) => {
    void refreshBadge().catch(() => undefined);
    return result;
  };

  onMessage('suggest', async ({ data }) => suggest(await getDeps(), data));
  onMessage('search', async ({ data }) => search(await getDeps(), data.text));
  onMessage('register', async ({ data }) => afterWrite(await register(await getDeps(), data.context, data.draft)));
  onMessage('updateStatus', async ({ data }) => afterWrite(await updateStatus(await getDeps(), data)));
  onMessage('followUps', () => followUps());

  // The toolbar button opens the ambassador's side panel where the browser has one (Chrome).
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } } }).chrome?.sidePanel;
  void chromeSidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  browser.runtime.onStartup.addListener(() => void refreshBadge().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void refreshBadge().catch(() => undefined));
});
