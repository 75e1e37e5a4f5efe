import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard-app';
import { sendMessage } from '../../lib/worker-protocol/protocol';

render(
  <DashboardApp
    api={{
      stats: (query) => sendMessage('stats', query),
      organizationNames: () => sendMessage('organizationNames', undefined),
      teams: () => sendMessage('dashboardTeams', undefined),
    }}
  />,
  document.getElementById('app')!,
);
