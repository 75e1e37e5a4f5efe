import { defineBackground } from 'wxt/utils/define-background';
import demoCatalogue from '../../demo/sociale-kaart.json';
import { loadCatalogue } from '../../lib/catalogue/catalogue-state';
import { onMessage } from '../../lib/messages/protocol';
import { openDatabase } from '../../lib/store/database';
import { register, search, suggest, updateStatus, type ServiceDeps } from '../../lib/suggest/case-service';

export default defineBackground(() => {
  // Chrome stops this worker when idle; everything is rebuilt lazily on the next message.
  let deps: Promise<ServiceDeps> | undefined;
  const getDeps = () =>
    (deps ??= (async () => ({
      db: await openDatabase(),
      catalogue: loadCatalogue(demoCatalogue),
      now: () => new Date(),
    }))());

  onMessage('suggest', async ({ data }) => suggest(await getDeps(), data));
  onMessage('search', async ({ data }) => search(await getDeps(), data.text));
  onMessage('register', async ({ data }) => register(await getDeps(), data.context, data.draft));
  onMessage('updateStatus', async ({ data }) => updateStatus(await getDeps(), data));
});
