/*
 * The element the loader defines (plugin/loader.ts in the Handreiking repository). The case's and
 * the events' types are in contract.d.ts, written from the contract's JSON Schema when packed.
 */
import type { CaseContext, RecordEvent } from './contract';

export type { CaseContext, RecordEvent };

export interface HandreikingPanelEventMap extends HTMLElementEventMap {
  /** A choice was recorded: the record's id, the team's pseudonymous case reference, outcome, status, offer. */
  registration: CustomEvent<RecordEvent>;
  /** A record's status moved on. */
  'status-change': CustomEvent<RecordEvent>;
}

export interface HandreikingPanelElement extends HTMLElement {
  /** The case now open in the page (null: none). Throws a TypeError naming the field that does not fit. */
  setCase(facts: CaseContext | null): void;
  /**
   * Signs the professional in with a launch token your backend got from POST /plugin/launch (once,
   * two minutes, only in a page of your origin). Throws a TypeError when it is no token.
   */
  launch(token: string): void;
  addEventListener<K extends keyof HandreikingPanelEventMap>(type: K, listener: (this: HandreikingPanelElement, event: HandreikingPanelEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof HandreikingPanelEventMap>(type: K, listener: (this: HandreikingPanelElement, event: HandreikingPanelEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'handreiking-panel': HandreikingPanelElement;
  }
}
