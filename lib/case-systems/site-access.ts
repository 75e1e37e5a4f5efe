import { addedSites, casePages, type CasePages } from './case-page-patterns';
import { keepDockRegistered, type DockScripting } from '../panel-injection/dock-stylesheet';

/*
 * The background's view of where the panel goes: the demo hosts (demo build) and the sites the
 * browser granted. Asked once when the worker starts and again whenever a grant changes (the
 * options page, the browser's own extension settings or a policy); until the first answer is in,
 * `ready()` holds the callers that must not guess.
 */

export interface SiteAccessDeps {
  /** The demo hosts in the demo build; none in the store build. */
  demoPages: readonly string[];
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  /** Absent in a browser without dynamic content scripts: the panel still comes, the room is made after the load. */
  scripting?: DockScripting;
}

export interface SiteAccess {
  /** The case pages as last known; the demo hosts until the first answer. */
  includes(url: string | undefined): boolean;
  /** The case pages once the latest change is known. */
  ready(): Promise<CasePages>;
  /** After a grant changed: ask again and keep the dock stylesheet on exactly the granted sites. */
  refresh(): Promise<CasePages>;
}

export function siteAccess(deps: SiteAccessDeps): SiteAccess {
  let pages = casePages(deps.demoPages);
  const load = async (): Promise<CasePages> => {
    const added = addedSites((await deps.permissions.getAll()).origins ?? []);
    pages = casePages([...deps.demoPages, ...added]);
    if (deps.scripting) {
      // The stylesheet is a nicety (no jump when the panel comes); a failure leaves the panel working.
      await keepDockRegistered(deps.scripting, added).catch((error: unknown) => console.warn('Handreiking: could not register the dock stylesheet', error));
    }
    return pages;
  };
  let latest = load();
  return {
    includes: (url) => pages.includes(url),
    ready: () => latest,
    refresh: () => (latest = latest.catch(() => pages).then(load)),
  };
}
