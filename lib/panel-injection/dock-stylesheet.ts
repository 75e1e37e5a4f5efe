/*
 * The stylesheet that reserves the panel's room while a case page loads
 * (entrypoints/case-dock.content.css). The demo build lists it in its manifest for the demo hosts;
 * on the sites an administrator added it is registered with the browser at run time, for exactly
 * the granted sites, and survives a browser restart (the worker checks it again when it starts).
 */

/** Where the stylesheet is built. */
export const DOCK_STYLESHEET = 'content-scripts/case-dock.css';

export const DOCK_SCRIPT_ID = 'handreiking-case-dock';

interface RegisteredScript {
  id: string;
  matches?: string[];
}

interface DockScript {
  id: string;
  matches: string[];
  css: string[];
  runAt: 'document_start';
  persistAcrossSessions?: boolean;
}

/** The part of `browser.scripting` used here (Chrome MV3; Firefox from 102, also in MV2). */
export interface DockScripting {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: DockScript[]): Promise<unknown>;
  updateContentScripts(scripts: Array<Pick<DockScript, 'id' | 'matches' | 'css'>>): Promise<unknown>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
}

/** Registers, updates or removes the dock stylesheet so it applies to exactly `patterns`. */
export async function keepDockRegistered(scripting: DockScripting, patterns: readonly string[]): Promise<void> {
  const [registered] = await scripting.getRegisteredContentScripts({ ids: [DOCK_SCRIPT_ID] });
  if (!patterns.length) {
    if (registered) await scripting.unregisterContentScripts({ ids: [DOCK_SCRIPT_ID] });
    return;
  }
  if (registered) {
    if (!sameSet(registered.matches ?? [], patterns)) await scripting.updateContentScripts([{ id: DOCK_SCRIPT_ID, matches: [...patterns], css: [DOCK_STYLESHEET] }]);
    return;
  }
  const script: DockScript = { id: DOCK_SCRIPT_ID, matches: [...patterns], css: [DOCK_STYLESHEET], runAt: 'document_start', persistAcrossSessions: true };
  try {
    await scripting.registerContentScripts([script]);
  } catch (error) {
    // A browser that cannot keep it across sessions still applies it now; the worker registers it
    // again when it starts.
    if (!String(error).includes('persistAcrossSessions')) throw error;
    delete script.persistAcrossSessions;
    await scripting.registerContentScripts([script]);
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
