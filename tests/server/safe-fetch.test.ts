import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeFetchJson } from '../../server/http/safe-fetch';
import { startFakeHsds, type FakeHsds } from '../fixtures/hsds-fake-server';

/*
 * The connection goes to the address that was checked: the socket never asks DNS again, so a name
 * that answers a public address to the check and a private one a moment later (DNS rebinding)
 * cannot move it.
 */

let fake: FakeHsds;
beforeAll(async () => {
  fake = await startFakeHsds();
});
afterAll(() => fake?.close());

const LIMITS = { maxBytes: 64 * 1024, timeoutMs: 2_000, maxRedirects: 3 };
const LOCAL = { allowLoopback: true };

describe('safeFetchJson', () => {
  it('connects to the checked address, asking DNS once, not the socket’s own lookup', async () => {
    const port = new URL(fake.url).port;
    const asked: string[] = [];
    // A name the system cannot resolve: only the checked answer can have reached the fake.
    const answers = ['127.0.0.1', '10.0.0.1'];
    const resolve = async (host: string) => {
      asked.push(host);
      return [{ address: answers.shift()!, family: 4 }];
    };
    const page = (await safeFetchJson(`http://hsds.fictief.invalid:${port}/hsds/services?page=1`, LOCAL, LIMITS, resolve)) as { contents: unknown[] };
    expect(page.contents).toHaveLength(2);
    expect(asked).toEqual(['hsds.fictief.invalid']);
  });

  it('checks the name again after a redirect, and refuses when it now points inside', async () => {
    const port = new URL(fake.url).port;
    const answers = ['127.0.0.1', '10.0.0.1'];
    const resolve = async () => [{ address: answers.shift()!, family: 4 }];
    await expect(safeFetchJson(`http://hsds.fictief.invalid:${port}/moved/services?page=1`, LOCAL, LIMITS, resolve)).rejects.toMatchObject({ reason: 'private_address' });
  });
});
