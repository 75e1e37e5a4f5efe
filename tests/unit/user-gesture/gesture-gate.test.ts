import { describe, expect, it } from 'vitest';
import { createGestureGate } from '../../../lib/user-gesture/gesture-gate';

/** An event as the gate sees it; jsdom cannot make a trusted one, so `isTrusted` is read from here. */
const event = (type: string, trusted: boolean) => Object.assign(new Event(type), { trusted });
const isTrusted = (e: Event) => (e as Event & { trusted: boolean }).trusted;

function gate() {
  const pending: (() => void)[] = [];
  const g = createGestureGate({ isTrusted, endOfTask: (done) => pending.push(done) });
  return { g, endTask: () => pending.splice(0).forEach((done) => done()) };
}

describe('the gesture gate before a write', () => {
  it('is closed until the user clicks or presses a key', () => {
    expect(gate().g.allows()).toBe(false);
  });

  it('opens for a trusted click or key press, and only for the rest of that task', () => {
    for (const type of ['click', 'keydown']) {
      const { g, endTask } = gate();
      g.observe(event(type, true));
      expect(g.allows()).toBe(true);
      endTask();
      expect(g.allows()).toBe(false);
    }
  });

  it('stays closed for a click a script made, even right after a real one in the same task', () => {
    const { g } = gate();
    g.observe(event('click', false));
    expect(g.allows()).toBe(false);
    g.observe(event('click', true));
    g.observe(event('click', false));
    expect(g.allows()).toBe(false);
  });

  it('lets the submit that a real click caused through, but an untrusted submit closes it', () => {
    const { g } = gate();
    g.observe(event('click', true));
    g.observe(event('submit', true));
    expect(g.allows()).toBe(true);
    g.observe(event('submit', false));
    expect(g.allows()).toBe(false);
  });

  it('does not open for a submit alone: browsers mark even a scripted requestSubmit() trusted', () => {
    const { g } = gate();
    g.observe(event('submit', true));
    expect(g.allows()).toBe(false);
  });

  it('reads isTrusted from the event by default', () => {
    const g = createGestureGate();
    g.observe(new Event('click'));
    expect(g.allows()).toBe(false);
  });
});
