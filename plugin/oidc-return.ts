import { loadTexts } from '../lib/i18n/load-catalogue';
import { LOCALES } from '../lib/i18n/locales';
import { handToOpener } from '../lib/oidc/popup-flow';

/*
 * The plugin's return page (lib/plugin/oidc-return-path.ts), in the popup the frame opened to sign
 * in with the organisation's account: it hands the server's answer to the frame and waits for the
 * frame to close it. The frame's language is not known here (its storage is the frame's own), so
 * the page says its one line in both.
 */

const handed = handToOpener(window);
const root = document.getElementById('app')!;
for (const locale of LOCALES) {
  const texts = await loadTexts(locale);
  const line = document.createElement('p');
  line.lang = locale;
  line.textContent = texts.t(handed ? 'plugin.oidcReturn.done' : 'plugin.oidcReturn.orphan');
  root.append(line);
}
