import { describe, expect, it } from 'vitest';
import { AddressRefused, checkTarget, isAllowedAddress, PUBLIC_ONLY } from '../../server/http/address-guard';

/*
 * The server fetches an address a kaart keeper typed (HSDS import): only the public internet, so
 * a caller cannot make it read cloud metadata, the internal network or the server itself.
 */

const REFUSED = [
  '10.1.2.3', '172.16.0.1', '192.168.1.1', // private
  '127.0.0.1', '127.255.0.9', '::1', // loopback
  '169.254.169.254', 'fe80::1', // link-local (cloud metadata)
  '224.0.0.1', 'ff02::1', // multicast
  '100.64.0.1', // CGNAT
  'fd00::1', 'fc12::3', // unique-local IPv6
  '::ffff:127.0.0.1', '::ffff:10.0.0.1', // IPv4-mapped
  '0.0.0.0', '::', '255.255.255.255', // unspecified, broadcast
  '2002:0a00:0001::1', // 6to4 wrapping 10.0.0.1
  'not-an-address',
];
const PUBLIC = ['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '145.97.39.155'];

describe('isAllowedAddress', () => {
  it.each(REFUSED)('refuses %s', (address) => expect(isAllowedAddress(address, PUBLIC_ONLY)).toBe(false));
  it.each(PUBLIC)('allows the public address %s', (address) => expect(isAllowedAddress(address, PUBLIC_ONLY)).toBe(true));
  it('allows loopback, and only loopback, when the policy does (tests, the demo)', () => {
    const local = { allowLoopback: true };
    expect(isAllowedAddress('127.0.0.1', local)).toBe(true);
    expect(isAllowedAddress('::1', local)).toBe(true);
    expect(isAllowedAddress('10.0.0.1', local)).toBe(false);
    expect(isAllowedAddress('::ffff:127.0.0.1', local)).toBe(false);
  });
});

const dns = (answers: Record<string, string[]>) => async (host: string) => {
  const found = answers[host];
  if (!found) throw new Error('ENOTFOUND');
  return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};
const refusedWith = (reason: AddressRefused['reason']) => expect.objectContaining({ reason });

describe('checkTarget', () => {
  const resolve = dns({ 'kaart.example': ['93.184.216.34'], 'intern.example': ['10.0.0.7'], 'gemengd.example': ['93.184.216.34', '192.168.0.2'], 'lokaal.example': ['127.0.0.1'] });

  it('gives the checked address to connect to', async () => {
    expect(await checkTarget(new URL('https://kaart.example/hsds'), PUBLIC_ONLY, resolve)).toMatchObject({ address: '93.184.216.34', family: 4 });
  });

  it('refuses a name that resolves to a private address, also when only one of its addresses is', async () => {
    await expect(checkTarget(new URL('https://intern.example/'), PUBLIC_ONLY, resolve)).rejects.toEqual(refusedWith('private_address'));
    await expect(checkTarget(new URL('https://gemengd.example/'), PUBLIC_ONLY, resolve)).rejects.toEqual(refusedWith('private_address'));
    await expect(checkTarget(new URL('https://[::ffff:a00:1]/'), PUBLIC_ONLY, resolve)).rejects.toEqual(refusedWith('private_address'));
    await expect(checkTarget(new URL('https://169.254.169.254/latest/meta-data'), PUBLIC_ONLY, resolve)).rejects.toEqual(refusedWith('private_address'));
  });

  it('refuses other schemes than https, http to a public address even when loopback is allowed, credentials and unknown names', async () => {
    await expect(checkTarget(new URL('http://kaart.example/'), PUBLIC_ONLY, resolve)).rejects.toEqual(refusedWith('scheme'));
    await expect(checkTarget(new URL('ftp://kaart.example/'), PUBLIC_ONLY, resolve)).rejects.toEqual(refusedWith('scheme'));
    await expect(checkTarget(new URL('file:///etc/passwd'), { allowLoopback: true }, resolve)).rejects.toEqual(refusedWith('scheme'));
    await expect(checkTarget(new URL('http://kaart.example/'), { allowLoopback: true }, resolve)).rejects.toEqual(refusedWith('scheme'));
    await expect(checkTarget(new URL('https://wie:geheim@kaart.example/'), PUBLIC_ONLY, resolve)).rejects.toEqual(refusedWith('credentials'));
    await expect(checkTarget(new URL('https://bestaat-niet.example/'), PUBLIC_ONLY, resolve)).rejects.toEqual(refusedWith('unresolvable'));
  });

  it('allows http to this machine only with the test and demo policy', async () => {
    await expect(checkTarget(new URL('http://lokaal.example:8080/'), PUBLIC_ONLY, resolve)).rejects.toBeInstanceOf(AddressRefused);
    expect(await checkTarget(new URL('http://lokaal.example:8080/'), { allowLoopback: true }, resolve)).toMatchObject({ address: '127.0.0.1' });
  });
});
