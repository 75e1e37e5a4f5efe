import '../../lib/contracts/zod-jitless';
import { render } from 'preact';
import { readLocale } from '../../components/case-panel/panel-prefs';
import { loadTexts } from '../../lib/i18n/load-catalogue';
import { DashboardApp } from '../../components/dashboard-app';
import { sendMessage } from '../../lib/worker-protocol/protocol';

// The language picked in the case panel holds on this page as well.
const texts = await loadTexts(await readLocale());

render(
  <DashboardApp
    texts={texts}
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
