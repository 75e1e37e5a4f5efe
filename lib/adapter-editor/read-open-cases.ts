import type { AdapterConfig } from '../adapters/adapter-config';
import type { CaseCheck } from './preview';

/*
 * "Check on open case files": the background asks the panel of every other open page of the
 * system to read its case with the draft mapping. Each answers with its case number and the names
 * of the facts it found and missed, never the page's text.
 */

export const READ_WITH = 'handreiking:read-with';

type Respond = (answer: CaseCheck) => void;

interface Runtime {
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, respond: Respond) => true | void): void;
    removeListener(listener: (message: unknown, sender: unknown, respond: Respond) => true | void): void;
  };
}

/** In the panel: answers with what this page gives when read with the config the background sent. */
export function answerReadWith(runtime: Runtime, read: (config: AdapterConfig) => CaseCheck): () => void {
  const listener = (message: unknown, _sender: unknown, respond: Respond) => {
    const m = message as { type?: unknown; config?: unknown } | null;
    if (m?.type !== READ_WITH || typeof m.config !== 'object' || m.config === null) return;
    respond(read(m.config as AdapterConfig));
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

interface Tabs {
  query(filter: { url: string[] }): Promise<Array<{ id?: number }>>;
  sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
}

/** In the background: the checks of the system's open case pages but `exceptTab`; a page without a panel is left out. */
export async function readOpenCases(tabs: Tabs, config: AdapterConfig, exceptTab?: number): Promise<CaseCheck[]> {
  const open = (await tabs.query({ url: [...config.matches] })).filter((tab) => tab.id !== undefined && tab.id !== exceptTab);
  const answers = await Promise.all(
    open.map((tab) =>
      tabs.sendMessage(tab.id!, { type: READ_WITH, config }, { frameId: 0 }).then(
        (answer) => answer as CaseCheck | undefined,
        () => undefined,
      ),
    ),
  );
  return answers.filter((a): a is CaseCheck => Boolean(a && Array.isArray(a.found) && Array.isArray(a.missing)));
}
