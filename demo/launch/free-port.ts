import { createServer, type AddressInfo } from 'node:net';

/**
 * A port nothing listens on now, for a server whose address must be known before it starts (the
 * OpenID provider's callback names the API's port).
 */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}
