import { describe, expect, it, vi } from 'vitest';
import { dashboardTeams } from '../../../lib/stats-view/dashboard-teams';
import { badgeText } from '../../../lib/toolbar/badge';
import { createDashboardMenu, DASHBOARD_MENU } from '../../../lib/toolbar/dashboard-menu';
import { toggleSidebarFromToolbar } from '../../../lib/toolbar/sidebar-toggle';

describe('the toolbar button', () => {
  it('shows the count of due follow-ups, and nothing when none are due', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
  });

  it('puts the dashboard on the button’s menu as Firefox’s MV2 and Chrome’s MV3 call the button', async () => {
    const menus = { removeAll: vi.fn(async () => undefined), create: vi.fn() };
    await createDashboardMenu(menus, 'Dashboard', 2);
    await createDashboardMenu(menus, 'Dashboard', 3);
    expect(menus.create.mock.calls.map(([item]) => item)).toEqual([
      { id: DASHBOARD_MENU, title: 'Dashboard', contexts: ['browser_action'] },
      { id: DASHBOARD_MENU, title: 'Dashboard', contexts: ['action'] },
    ]);
    expect(menus.removeAll).toHaveBeenCalledTimes(2);
  });

  it('opens and closes Firefox’s sidebar on a click, and leaves Chrome (no such APIs) alone', () => {
    let click: (() => void) | undefined;
    const sidebarAction = { toggle: vi.fn(async () => undefined) };
    const browserAction = { onClicked: { addListener: (listener: () => void) => (click = listener) } };
    expect(toggleSidebarFromToolbar({ browserAction, sidebarAction })).toBe(true);
    expect(sidebarAction.toggle).not.toHaveBeenCalled();
    click!();
    expect(sidebarAction.toggle).toHaveBeenCalledTimes(1);
    expect(toggleSidebarFromToolbar({})).toBe(false);
  });
});

describe('the dashboard’s team choice', () => {
  const teams = async () => ({ teams: [{ id: 't1', name: 'Noord', municipality: 'X' }] });
  it('is offered to an administrator only, and asks the server only then', async () => {
    expect(await dashboardTeams('admin', teams)).toEqual([{ id: 't1', name: 'Noord' }]);
    const never = vi.fn(teams);
    for (const role of ['professional', 'ambassador', 'aandachtsfunctionaris', 'kaart_keeper'] as const) {
      expect(await dashboardTeams(role, never)).toEqual([]);
    }
    expect(never).not.toHaveBeenCalled();
  });
});
