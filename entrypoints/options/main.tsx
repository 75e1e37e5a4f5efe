import { render } from 'preact';
import { OptionsApp } from '../../components/options-app';
import { sendMessage } from '../../lib/worker-protocol/protocol';

render(
  <OptionsApp
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
