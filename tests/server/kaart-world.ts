import { expect } from 'vitest';
import { createWorld, type World } from './harness';
import { OFFER_ID, testKaart, testOffer } from './kaart-fixture';

/*
 * The world the suites that edit one entry of a kaart start from (apart from kaart-fixture.ts,
 * which unit tests import too and so must not pull in the server).
 */

/** Team A's municipality has a kaart with two Humanitas offers (OFFER_ID and `humanitas-maatje`), team B's its own kaart. */
export async function createKaartWorld(): Promise<World> {
  const w = await createWorld();
  expect((await w.a.kaart_keeper.put('/catalogue', testKaart('v1', [testOffer(OFFER_ID), testOffer('humanitas-maatje', 'Maatje')]))).status).toBe(200);
  expect((await w.b.kaart_keeper.put('/catalogue', testKaart('anderstad-1'))).status).toBe(200);
  return w;
}

/** Team A's kaart ETag, as a device reads it. */
export async function kaartEtag(w: World): Promise<string> {
  return (await w.a.professional.get('/catalogue')).headers.get('etag')!;
}
