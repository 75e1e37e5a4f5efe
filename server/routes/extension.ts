import { readFile } from 'node:fs/promises';
import { createRoute, z } from '@hono/zod-openapi';
import { crxFileName } from '../../lib/packing/crx-name';
import { readCrx, type PackedExtension } from '../../lib/packing/read-crx';
import type { ExtensionHosting } from '../extension/extension-hosting';
import { updateManifest } from '../extension/update-manifest';
import { ApiFailure } from '../http/errors';
import { createRouter, errors } from '../http/router';

/*
 * GET /extension/updates.xml and GET /extension/handreiking-<version>.crx: public, as browsers
 * fetch them without any sign-in (the extension holds no secret; the server's data stays behind
 * the other routes). The file is read on every request, so a newly packed version at the same
 * path is offered without a restart.
 */

const notPacked = () =>
  new ApiFailure(
    404,
    'extension_not_packed',
    'Deze server biedt de extensie niet aan: er is geen verpakte extensie ingesteld (HANDREIKING_CRX, zie docs/roll-out.md).',
    'This server does not offer the extension: no packed extension is configured (HANDREIKING_CRX, see docs/roll-out.md).',
  );

export function extensionRoutes(hosting: ExtensionHosting | null) {
  const load = async (): Promise<{ file: Buffer; packed: PackedExtension }> => {
    if (!hosting) throw notPacked();
    try {
      const file = await readFile(hosting.crxPath);
      return { file, packed: readCrx(file) };
    } catch (err) {
      // The path is the operator's to see, not the caller's.
      console.error(`HANDREIKING_CRX=${hosting.crxPath} cannot be served: ${err instanceof Error ? err.message : String(err)}`);
      throw new ApiFailure(
        404,
        'extension_unreadable',
        'De verpakte extensie op deze server kan niet gelezen worden; de beheerder ziet in het serverlog waarom.',
        'The packed extension on this server cannot be read; the server log says why.',
      );
    }
  };

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/updates.xml',
        summary: 'Chrome update manifest (gupdate) of the packed extension, for installation by browser policy; public',
        responses: {
          200: { description: 'appid, version and the address of the CRX', content: { 'application/xml': { schema: z.string() } } },
          404: errors(404)[404],
        },
      }),
      async (c) => {
        const { packed } = await load();
        const base = hosting?.publicUrl ?? new URL(c.req.url).origin;
        const body = updateManifest({ appId: packed.appId, version: packed.version, codebase: `${base}/extension/${crxFileName(packed.version)}` });
        return c.body(body, 200, { 'content-type': 'application/xml; charset=utf-8' });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{file}',
        summary: 'The packed extension (CRX3), as handreiking-<version>.crx; public',
        request: { params: z.object({ file: z.string().max(100) }) },
        responses: {
          200: { description: 'The CRX file', content: { 'application/x-chrome-extension': { schema: z.string().openapi({ format: 'binary' }) } } },
          404: errors(404)[404],
        },
      }),
      async (c) => {
        const { file, packed } = await load();
        if (c.req.valid('param').file !== crxFileName(packed.version)) {
          throw new ApiFailure(
            404,
            'not_found',
            `Deze versie biedt de server niet aan; de huidige is ${crxFileName(packed.version)} (zie /extension/updates.xml).`,
            `This server does not offer that version; the current one is ${crxFileName(packed.version)} (see /extension/updates.xml).`,
          );
        }
        return c.body(new Uint8Array(file), 200, { 'content-type': 'application/x-chrome-extension' });
      },
    );
}
