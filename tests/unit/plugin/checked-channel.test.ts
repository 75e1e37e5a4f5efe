import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { checkedChannel, exactOrigin, hostOriginOf } from '../../../lib/plugin/checked-channel';

/* The vendor plugin's postMessage channel (docs/plugin.md): who is heard, and where it sends. */

const HOST = 'https://vendor.example';
const Ping = z.strictObject({ type: z.literal('ping') });

function ends() {
  const own = new EventTarget() as unknown as Window;
  const peer = { postMessage: vi.fn() };
  const stranger = { postMessage: vi.fn() };
  // Node's MessageEvent takes only a MessagePort as source: an event with the same fields instead.
  const deliver = (data: unknown, origin: string, source: unknown) => own.dispatchEvent(Object.assign(new Event('message'), { data, origin, source }));
  return { own, peer, stranger, deliver };
}

describe('checkedChannel', () => {
  it('hears a well-formed message from the peer at its origin, and nothing else', () => {
    const { own, peer, stranger, deliver } = ends();
    const heard = vi.fn();
    checkedChannel({ own, peer: () => peer, peerOrigin: HOST }, Ping, heard);
    deliver({ type: 'ping' }, 'https://evil.example', peer);
    deliver({ type: 'ping' }, HOST, stranger);
    deliver({ type: 'ping' }, 'null', peer);
    deliver({ type: 'ping', extra: 1 }, HOST, peer);
    deliver('ping', HOST, peer);
    deliver(null, HOST, peer);
    expect(heard).not.toHaveBeenCalled();
    deliver({ type: 'ping' }, HOST, peer);
    expect(heard).toHaveBeenCalledExactlyOnceWith({ type: 'ping' });
  });

  it('hears nothing before the peer exists or after closing', () => {
    const { own, peer, deliver } = ends();
    const heard = vi.fn();
    let current: typeof peer | null = null;
    const channel = checkedChannel({ own, peer: () => current, peerOrigin: HOST }, Ping, heard);
    deliver({ type: 'ping' }, HOST, null);
    current = peer;
    channel.close();
    deliver({ type: 'ping' }, HOST, peer);
    expect(heard).not.toHaveBeenCalled();
  });

  it('sends to the peer’s exact origin, never to any', () => {
    const { own, peer } = ends();
    checkedChannel<unknown, { type: 'ping' }>({ own, peer: () => peer, peerOrigin: HOST }, Ping, () => undefined).send({ type: 'ping' });
    expect(peer.postMessage).toHaveBeenCalledExactlyOnceWith({ type: 'ping' }, HOST);
  });
});

describe('exactOrigin', () => {
  it('takes an origin as the browser writes it, and nothing more or less', () => {
    expect(exactOrigin('https://vendor.example')).toBe('https://vendor.example');
    expect(exactOrigin('http://localhost:4300')).toBe('http://localhost:4300');
    for (const bad of ['https://vendor.example/', 'https://vendor.example/x', '*', 'null', '', null, undefined, 'javascript:alert(1)', 'data:text/html,x', 'HTTPS://VENDOR.EXAMPLE', 'vendor.example']) {
      expect(exactOrigin(bad), String(bad)).toBeNull();
    }
  });
});

describe('hostOriginOf', () => {
  it('takes the origin the loader named when the browser agrees or does not tell', () => {
    expect(hostOriginOf(`?host=${encodeURIComponent(HOST)}`, [HOST, 'https://top.example'])).toBe(HOST);
    expect(hostOriginOf(`?host=${encodeURIComponent(HOST)}`, undefined)).toBe(HOST);
  });

  it('talks to no one when the embedding page is another than named, or none is named', () => {
    expect(hostOriginOf(`?host=${encodeURIComponent(HOST)}`, ['https://evil.example'])).toBeNull();
    expect(hostOriginOf('', [HOST])).toBeNull();
    expect(hostOriginOf('?host=*', undefined)).toBeNull();
  });
});
