import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/*
 * Which addresses the server may fetch for a caller (an HSDS API to import from): only the public
 * internet. A caller must not be able to make the server read its own network (cloud metadata at
 * 169.254.169.254, a database on 10.x, the server itself), so every name is resolved here and each
 * address it resolves to is classified by ipaddr.js; the connection then goes to the address that
 * was checked (see safe-fetch.ts), so a second DNS answer cannot switch it.
 */

export interface FetchPolicy {
  /**
   * Tests and the demo: http and https to this machine (127.0.0.0/8, ::1). Never in production:
   * the server would then read its own services. Off unless the server is started for a demo with
   * HSDS_IMPORT_ALLOW_LOCALHOST=1 (README), or a test sets it.
   */
  allowLoopback: boolean;
}

export const PUBLIC_ONLY: FetchPolicy = { allowLoopback: false };

export type RefusedAddress = 'scheme' | 'credentials' | 'private_address' | 'unresolvable';

export class AddressRefused extends Error {
  constructor(
    readonly reason: RefusedAddress,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

/**
 * ipaddr.js names every special range (private, loopback, linkLocal, multicast, carrierGradeNat,
 * uniqueLocal, ipv4Mapped, 6to4, teredo, reserved …); only 'unicast' is the public internet. A
 * tunnel or translation prefix (6to4, teredo, rfc6052, ipv4Mapped) can reach an IPv4 address
 * behind it, so those are refused too rather than unwrapped.
 */
export function addressRange(address: string): string {
  return ipaddr.parse(address).range();
}

export function isAllowedAddress(address: string, policy: FetchPolicy): boolean {
  if (!ipaddr.isValid(address)) return false;
  const range = addressRange(address);
  return range === 'unicast' || (policy.allowLoopback && range === 'loopback');
}

export interface CheckedTarget {
  url: URL;
  /** The address the connection must go to: the one that was checked. */
  address: string;
  family: 4 | 6;
}

export type Resolve = (host: string) => Promise<Array<{ address: string; family: number }>>;
const resolveAll: Resolve = (host) => lookup(host, { all: true, verbatim: true });

/**
 * The URL's host resolved and checked: https to a public address, or (policy) http/https to this
 * machine. Every address the name resolves to must pass, so a name with one public and one
 * private address is refused whichever the connection would have used.
 */
export async function checkTarget(url: URL, policy: FetchPolicy, resolve: Resolve = resolveAll): Promise<CheckedTarget> {
  if (url.protocol !== 'https:' && !(policy.allowLoopback && url.protocol === 'http:')) throw new AddressRefused('scheme', url.protocol);
  if (url.username || url.password) throw new AddressRefused('credentials', url.host);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      throw new AddressRefused('unresolvable', host);
    }
  }
  if (addresses.length === 0) throw new AddressRefused('unresolvable', host);
  const refused = addresses.find((a) => !isAllowedAddress(a.address, policy));
  if (refused) throw new AddressRefused('private_address', `${host} → ${refused.address} (${ipaddr.isValid(refused.address) ? addressRange(refused.address) : 'invalid'})`);
  // A loopback address is allowed only with the policy, and then http is too; https stays the rule for everything else.
  const [first] = addresses;
  if (url.protocol === 'http:' && addressRange(first!.address) !== 'loopback') throw new AddressRefused('scheme', url.protocol);
  return { url, address: first!.address, family: first!.family === 6 ? 6 : 4 };
}
