import '../../lib/contracts/zod-jitless';
import { render } from 'preact';
import { readLocale } from '../../components/case-panel/panel-prefs';
import { loadTexts } from '../../lib/i18n/load-catalogue';
import { SidePanelApp } from '../../components/side-panel-app';
import { sendMessage } from '../../lib/worker-protocol/protocol';

// The language picked in the case panel holds on this page as well.
const texts = await loadTexts(await readLocale());

render(
  <SidePanelApp
    texts={texts}
    load={() => sendMessage('followUps', undefined)}
    updateStatus={(update) => sendMessage('updateStatus', update)}
    snooze={(id, until) => sendMessage('snoozeFollowUp', { id, until })}
    openDashboard={() => void sendMessage('openDashboard', undefined)}
  />,
  document.getElementById('app')!,
);
