import { render } from 'preact';
import { readLocale } from '../../components/case-panel/panel-prefs';
import { SidePanelApp } from '../../components/side-panel-app';
import { sendMessage } from '../../lib/worker-protocol/protocol';

// The language picked in the case panel holds on this page as well.
const locale = await readLocale();

render(
  <SidePanelApp
    locale={locale}
    load={() => sendMessage('followUps', undefined)}
    updateStatus={(update) => sendMessage('updateStatus', update)}
    snooze={(id, until) => sendMessage('snoozeFollowUp', { id, until })}
    openDashboard={() => void sendMessage('openDashboard', undefined)}
  />,
  document.getElementById('app')!,
);
