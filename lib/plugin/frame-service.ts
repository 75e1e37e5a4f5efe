import type { CaseContextInput } from '../contracts/case-context';
import { CaseRef, type DetailsUpdate, type Registration, type RegistrationDraft, type StatusUpdate } from '../contracts/registration';
import type { RecordEvent } from '../contracts/plugin-messages';
import type { LaunchExchangeRequest } from '../contracts/plugin-launch';
import { currentCatalogue, NO_KAART } from '../catalogue/current-catalogue';
import { followUpsResponse } from '../follow-up/follow-ups-response';
import { snoozeFollowUp } from '../follow-up/snoozes';
import { eraseCase } from '../registration/erase-case';
import type { ProfessionalAction } from '../contracts/help-request';
import type { RequestForm } from '../help-request/request-form';
import { actOnHelpRequest, professionalContact, requestHelp } from '../help-request/request-help';
import { removeRecord } from '../registration/remove-record';
import { register, updateDetails, updateStatus } from '../registration/record-for-case';
import { getConnection } from '../store/connection';
import { openDatabase, type Database } from '../store/database';
import { dashboardService } from '../stats-view/dashboard-service';
import { search, suggest } from '../suggest/suggest-for-case';
import { clientFor, type Fetch } from '../sync/api-client';
import { isApiRequestError } from '../sync/api-errors';
import { connect } from '../sync/connect';
import { onePassAtATime } from '../sync/one-pass-at-a-time';
import { runSync } from '../sync/run-sync';
import { nextWake } from '../sync/schedule';
import { getSyncOverview } from '../sync/sync-status';
import { rememberUntilFailure } from '../worker-life/remember';

/*
 * What the extension's background does for its panel, done inside the plugin's frame (docs/plugin.md):
 * the same store (IndexedDB, here in the API's origin), the same matching, registration and sync
 * functions, called directly instead of over the extension's messaging; the side panel's follow-up
 * list and the dashboard's figures likewise (lib/follow-up, lib/stats-view). A frame is a page that lives
 * as long as it is open, so the next sync is a timer; tabs with the plugin open take turns through a
 * Web Lock, so only one pushes at a time.
 */

export interface FrameServiceOptions {
  /** The API's address: the frame is served by it, so its own origin. */
  serverUrl: string;
  fetch: Fetch;
  /** Told of every record made or moved, for the host page's events (pseudonymous fields only). */
  onRecord: (type: 'registration' | 'status-change', record: RecordEvent) => void;
  openDb?: () => Promise<Database>;
  now?: () => Date;
  locks?: Pick<LockManager, 'request'>;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Only what the host page may learn of a record (lib/contracts/plugin-messages.ts). */
export const recordEventOf = (r: Registration): RecordEvent => ({
  id: r.id,
  caseRef: r.caseRef,
  outcome: r.outcome,
  ...(r.status ? { status: r.status } : {}),
  ...(r.serviceId ? { serviceId: r.serviceId } : {}),
});

export function createFrameService(options: FrameServiceOptions) {
  const now = options.now ?? (() => new Date());
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const database = rememberUntilFailure(options.openDb ?? (() => openDatabase()));
  const db = () => database.get();
  // Before the first sync the plugin suggests from nothing: it has no demo build.
  const kaart = currentCatalogue(db, async () => NO_KAART);
  const deps = async () => ({ db: await db(), catalogue: await kaart.get(), now });
  let timer: unknown = null;

  const syncPass = onePassAtATime(async (force) => {
    const d = await db();
    const run = (isGone?: (holder: string) => boolean) =>
      runSync({ db: d, fetch: options.fetch, now, random: Math.random, force, holder: crypto.randomUUID(), isGone });
    // Under the lock no other tab syncs, so a lease still in the store is one a closed tab left.
    const report = options.locks ? await options.locks.request('handreiking-plugin-sync', () => run(() => true)) : await run();
    if (report.catalogue === 'changed') kaart.forget();
    const wake = nextWake(await getSyncOverview(d), now());
    if (timer !== null) clearTimer(timer);
    timer = wake.at ? setTimer(() => syncSoon(), Math.max(wake.at.getTime() - now().getTime(), 1_000)) : null;
    return report;
  });
  const syncSoon = (force = false) => void syncPass(force).catch((error: unknown) => console.warn('Handreiking sync failed; will retry', error));
  const afterWrite = (type: 'registration' | 'status-change', made: Registration) => {
    syncSoon();
    options.onRecord(type, recordEventOf(made));
    return made;
  };

  /** The panel's questions and writes (components/overlay-api.ts). */
  const panel = {
    suggest: async (context: CaseContextInput) => suggest(await deps(), context),
    search: async (text: string) => search(await deps(), text),
    register: async (context: CaseContextInput, draft: RegistrationDraft, confirmed?: boolean) =>
      afterWrite('registration', await register(await deps(), context, draft, { confirmed: confirmed === true })),
    updateStatus: async (update: StatusUpdate) => afterWrite('status-change', await updateStatus(await deps(), update)),
    updateDetails: async (update: DetailsUpdate) => updateDetails(await deps(), update),
    eraseCase: async (caseRef: string) => eraseCase(await db(), CaseRef.parse(caseRef), options.fetch),
    removeRecord: async (id: string) => removeRecord(await db(), id, options.fetch),
    requestHelp: async (context: CaseContextInput, serviceId: string, form: RequestForm) =>
      afterWrite('registration', await requestHelp(await deps(), { context, serviceId, form })),
    requestAction: async (registrationId: string, action: ProfessionalAction) => {
      await actOnHelpRequest(await deps(), { registrationId, action });
      syncSoon();
    },
    professionalContact: async () => professionalContact(await deps()),
  };

  const signInWith = async (how: { code: string } | { launch: LaunchExchangeRequest }) => {
    await connect({ db: await db(), fetch: options.fetch, serverUrl: options.serverUrl, ...how });
    kaart.forget();
    await syncPass(true).catch(() => undefined);
  };

  return {
    panel,
    /** The side panel's follow-up list (components/side-panel-app). */
    followUps: {
      load: async () => followUpsResponse(await deps()),
      updateStatus: panel.updateStatus,
      snooze: async (id: string, until: string | null) => {
        await snoozeFollowUp(await db(), id, until);
        return followUpsResponse(await deps());
      },
    },
    /** The dashboard's figures (components/dashboard-app), from the team's server. */
    dashboard: dashboardService({ db, catalogue: () => kaart.get(), fetch: options.fetch }),
    async signedIn(): Promise<boolean> {
      return Boolean(await getConnection(await db()));
    },
    /** Signs in with a one-time code (lib/sync/connect.ts), then fetches the team's kaart and key. */
    signIn: (code: string) => signInWith({ code: code.trim() }),
    /** Signs in with the host's launch token, naming the host's origin as the frame checked it. */
    launch: (launchToken: string, hostOrigin: string) => signInWith({ launch: { launchToken, hostOrigin } }),
    /**
     * Whether the page the frame is in may show this team (configuration or the team's list, set in
     * the console). Only the server's "no" refuses: when it cannot be asked (offline) the frame-ancestors
     * of the page the browser just loaded from it still bound who embeds the frame.
     */
    async embedAllowed(hostOrigin: string): Promise<boolean> {
      const connection = await getConnection(await db());
      if (!connection) return false;
      const answer = await clientFor(connection, { fetch: options.fetch })
        .embedCheck(hostOrigin)
        .catch((error: unknown) => (isApiRequestError(error) && error.kind === 'refused' ? { allowed: false } : { allowed: true }));
      return answer.allowed;
    },
    /** The first pass when the frame opens, and again whenever the browser is back online. */
    start() {
      syncSoon();
    },
    syncNow: () => syncPass(true),
  };
}
export type FrameService = ReturnType<typeof createFrameService>;
