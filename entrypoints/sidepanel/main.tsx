import { render } from 'preact';
import { SidePanelApp } from '../../components/side-panel-app';
import { sendMessage } from '../../lib/worker-protocol/protocol';

render(
  <SidePanelApp
    load={() => sendMessage('followUps', undefined)}
    updateStatus={(update) => sendMessage('updateStatus', update)}
    snooze={(id, until) => sendMessage('snoozeFollowUp', { id, until })}
    openDashboard={() => void sendMessage('openDashboard', undefined)}
  />,
  document.getElementById('app')!,
);
