import { render } from 'preact';
import { readLocale } from '../../components/case-panel/panel-prefs';
import { DashboardApp } from '../../components/dashboard-app';
import { sendMessage } from '../../lib/worker-protocol/protocol';

// The language picked in the case panel holds on this page as well.
const locale = await readLocale();

render(
  <DashboardApp
    locale={locale}
    api={{
      stats: (query) => sendMessage('stats', query),
      organizationNames: () => sendMessage('organizationNames', undefined),
      teams: () => sendMessage('dashboardTeams', undefined),
      canEnterCaseload: () => sendMessage('canEnterCaseload', undefined),
      setCaseload: (input) => sendMessage('setCaseload', input),
    }}
  />,
  document.getElementById('app')!,
);
