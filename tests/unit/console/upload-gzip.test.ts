import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createConsoleApi } from '../../../lib/console/console-api';

describe('the console’s kaart upload', () => {
  it('sends the kaart gzip-compressed, which unpacks to the kaart', async () => {
    let sent: RequestInit | undefined;
    const api = createConsoleApi('token', async (_path, init) => {
      sent = init;
      return new Response(JSON.stringify({ version: 'v2', etag: '"x"', organizations: 0, services: 0 }), { status: 200 });
    });
    const upload = { version: 'v2', organizations: [], services: [], demo: false, note: 'x'.repeat(5000) };
    await api.uploadKaart(upload as never);
    const headers = sent!.headers as Record<string, string>;
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['content-type']).toBe('application/json');
    expect(headers.authorization).toBe('Bearer token');
    const bytes = Buffer.from(sent!.body as ArrayBuffer);
    expect(bytes.length).toBeLessThan(1000);
    expect(JSON.parse(gunzipSync(bytes).toString('utf8'))).toEqual(upload);
  });
});
