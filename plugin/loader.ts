import schemas from 'virtual:plugin-loader-schemas';
import { PLUGIN_CHANNEL, PLUGIN_PATH } from '../lib/contracts/plugin-channel';
import type { FrameMessage, HostMessage, PluginCaseInput } from '../lib/contracts/plugin-messages';
import { checkedChannel, exactOrigin, type CheckedChannel, type MessageCheck } from '../lib/plugin/checked-channel';
import { checkJson } from '../lib/plugin/json-check';

/*
 * The vendor plugin's loader (docs/plugin.md): one script tag defines `<handreiking-panel>`. The
 * element holds the plugin's frame, served by the Handreiking server in its own origin, and passes
 * it the case through a checked postMessage channel; the page hears back only the events
 * `registration` and `status-change` (pseudonymous case reference and fixed-list values).
 * It checks with the contract's JSON Schema, not zod, to stay small (lib/plugin/json-check.ts).
 */

type SetCaseMessage = Extract<HostMessage, { type: 'set-case' }>;

const frameMessage: MessageCheck<FrameMessage> = {
  safeParse: (data) => {
    const checked = checkJson<FrameMessage>(schemas.frameMessage, data);
    return checked.ok ? { success: true, data: checked.value } : { success: false };
  },
};

/** The server this script came from; an element's `server` attribute names another. */
const scriptOrigin = exactOrigin(document.currentScript instanceof HTMLScriptElement && document.currentScript.src ? new URL(document.currentScript.src).origin : null);

const STYLE = `:host{display:block;position:relative;width:360px;height:100%;min-height:400px}
:host([collapsed]){width:48px}
iframe{border:0;width:100%;height:100%;display:block}`;

class HandreikingPanel extends HTMLElement {
  #frame: HTMLIFrameElement;
  #channel: CheckedChannel<HostMessage> | null = null;
  #case: SetCaseMessage['case'] = null;
  #ready = false;
  /** A launch token not yet handed to the frame; it goes once, then only the frame holds it. */
  #launchToken: string | null = null;

  constructor() {
    super();
    // Closed: the page's scripts reach neither the frame element nor anything else inside.
    const shadow = this.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.#frame = document.createElement('iframe');
    this.#frame.title = 'Handreiking';
    this.#frame.referrerPolicy = 'no-referrer';
    shadow.append(style, this.#frame);
  }

  connectedCallback() {
    const server = exactOrigin(this.getAttribute('server')) ?? scriptOrigin;
    if (!server) throw new Error('<handreiking-panel>: no Handreiking server: load loader.js from it, or set server="https://…".');
    this.#channel?.close();
    this.#ready = false;
    this.#channel = checkedChannel<FrameMessage, HostMessage>({ own: window, peer: () => this.#frame.contentWindow, peerOrigin: server }, frameMessage, (message) => {
      if (message.type === 'ready') {
        this.#ready = true;
        this.#send();
      } else if (message.type === 'collapsed') this.toggleAttribute('collapsed', message.collapsed);
      else this.dispatchEvent(new CustomEvent(message.type, { detail: message.record }));
    });
    this.#frame.src = `${server}${PLUGIN_PATH}?host=${encodeURIComponent(location.origin)}`;
  }

  disconnectedCallback() {
    this.#channel?.close();
    this.#channel = null;
  }

  /** The case now open in the host's page (null: none). Throws a TypeError saying which field is wrong. */
  setCase(input: PluginCaseInput | null) {
    const checked = checkJson<SetCaseMessage['case']>(schemas.setCase, input);
    if (!checked.ok) throw new TypeError(`<handreiking-panel>.setCase: ${checked.issues.map((i) => `${i.path || 'case'}: ${i.message}`).join('; ')}`);
    this.#case = checked.value;
    this.#send();
  }

  /**
   * Signs the professional in with a launch token the vendor's backend got from POST /plugin/launch
   * (docs/plugin.md): the frame trades it, once, naming this page's origin. Throws a TypeError when it is no token.
   */
  launch(token: string) {
    const checked = checkJson<string>(schemas.launchToken, token);
    if (!checked.ok) throw new TypeError('<handreiking-panel>.launch: not a launch token.');
    this.#launchToken = checked.value;
    this.#send();
  }

  #send() {
    if (!this.#ready || !this.#channel) return;
    if (this.#launchToken) this.#channel.send({ channel: PLUGIN_CHANNEL, type: 'launch', launchToken: this.#launchToken });
    this.#launchToken = null;
    this.#channel.send({ channel: PLUGIN_CHANNEL, type: 'set-case', case: this.#case });
  }
}

if (!customElements.get('handreiking-panel')) customElements.define('handreiking-panel', HandreikingPanel);
