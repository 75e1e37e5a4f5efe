import { describe, expect, it, vi } from 'vitest';
import { injectPanel, PANEL_SCRIPT, type InjectionApi } from '../../../lib/panel-injection/inject-panel';

describe('injectPanel', () => {
  it("puts the panel's script into the frame that asked, with MV3's scripting API", async () => {
    const executeScript = vi.fn(async () => []);
    const api: InjectionApi = { scripting: { executeScript }, tabs: { executeScript: vi.fn() } };
    expect(await injectPanel(api, { tab: { id: 7 }, frameId: 3 })).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [PANEL_SCRIPT] });
    expect(api.tabs.executeScript).not.toHaveBeenCalled();
  });

  it("uses the tabs API where there is no scripting API (Firefox's MV2 build), top frame by default", async () => {
    const executeScript = vi.fn(async () => []);
    expect(await injectPanel({ tabs: { executeScript } }, { tab: { id: 7 } })).toBe(true);
    expect(executeScript).toHaveBeenCalledWith(7, { file: PANEL_SCRIPT, frameId: 0 });
  });

  it('injects nothing for a sender without a tab (an extension page)', async () => {
    const executeScript = vi.fn(async () => []);
    expect(await injectPanel({ scripting: { executeScript }, tabs: {} }, {})).toBe(false);
    expect(await injectPanel({ scripting: { executeScript }, tabs: {} }, { tab: { id: -1 } })).toBe(false);
    expect(executeScript).not.toHaveBeenCalled();
  });
});
