import '../../lib/contracts/zod-jitless';
import { render } from 'preact';
import { readLocale } from '../../components/case-panel/panel-prefs';
import { loadTexts } from '../../lib/i18n/load-catalogue';
import { OptionsApp } from '../../components/options-app';
import { sendMessage } from '../../lib/worker-protocol/protocol';

// The language picked in the case panel holds on this page as well.
const texts = await loadTexts(await readLocale());

render(
  <OptionsApp
    texts={texts}
    api={{
      connection: () => sendMessage('connection', undefined),
      connect: (serverUrl, code) => sendMessage('connect', { serverUrl, code }),
      disconnect: (discardUnsent) => sendMessage('disconnect', { discardUnsent }),
      syncNow: () => sendMessage('syncNow', undefined),
      retryParked: (id) => sendMessage('retryParked', { id }),
    }}
  />,
  document.getElementById('app')!,
);
