import { afterEach, describe, expect, it, vi } from 'vitest';
import doc from '../../../demo/sociale-kaart.json';
import { checkedCatalogue, contractMark } from '../../../lib/catalogue/checked-catalogue';
import { currentCatalogue } from '../../../lib/catalogue/current-catalogue';
import * as parsing from '../../../lib/catalogue/parse-catalogue';
import { openDatabase } from '../../../lib/store/database';
import { getCheckedCatalogue, putStoredCatalogue } from '../../../lib/store/stored-catalogue';

/* Issue 15: a kaart is checked against the contract once, when it arrives; a woken worker reads it checked. */

vi.mock('../../../lib/catalogue/parse-catalogue', async (original) => {
  const real = await original<typeof parsing>();
  return { ...real, parseCatalogue: vi.fn(real.parseCatalogue) };
});
const parse = vi.mocked(parsing.parseCatalogue);

const envelope = { ...doc, version: 'v1', updatedAt: '2026-03-01T10:00:00.000Z', municipality: 'Utrecht' };
const stored = { catalogue: envelope as never, etag: '"v1"', fetchedAt: '2026-03-01T10:00:00.000Z' };
const database = () => openDatabase(`checked-kaart-${Math.random()}`);
/** A worker life: a new currentCatalogue over the same database, as after Chrome stopped and woke the worker. */
const wake = (db: Awaited<ReturnType<typeof database>>) => currentCatalogue(async () => db, async () => ({})).get();
const ids = (offers: readonly { id: string }[]) => offers.map((o) => o.id);

afterEach(() => parse.mockClear());

describe('the kaart checked once', () => {
  it('a kaart checked when it arrived is not checked again when the worker wakes, and suggests from the same offers', async () => {
    const db = await database();
    await putStoredCatalogue(db, stored, checkedCatalogue(envelope, '"v1"'));
    const expected = parsing.parseCatalogue(envelope);
    parse.mockClear();
    const catalogue = await wake(db);
    expect(parse).not.toHaveBeenCalled();
    expect(catalogue.offers).toEqual(expected.offers);
    expect(catalogue.version).toBe('v1');
  });

  it('a kaart stored unchecked (by an extension before this one) is checked once, then kept checked', async () => {
    const db = await database();
    await putStoredCatalogue(db, stored);
    await wake(db);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(await getCheckedCatalogue(db)).toMatchObject({ contract: contractMark(), etag: '"v1"' });
    await wake(db);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('a kaart checked under another contract is not trusted: it is checked again from the kaart as fetched', async () => {
    const db = await database();
    const checked = checkedCatalogue(envelope, '"v1"')!;
    // What an older contract let through, which today's would not: an offer that is no offer.
    const older = { ...checked, contract: '0:older', parsed: { ...checked.parsed, offers: [{ id: 'smuggled' } as never] } };
    await putStoredCatalogue(db, stored, older);
    parse.mockClear();
    const catalogue = await wake(db);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(ids(catalogue.offers)).toEqual(ids(checked.parsed.offers));
    expect(ids(catalogue.offers)).not.toContain('smuggled');
    expect((await getCheckedCatalogue(db))?.contract).toBe(contractMark());
  });

  it('a checked kaart never outlives the kaart it was checked from', async () => {
    const db = await database();
    await putStoredCatalogue(db, stored, checkedCatalogue(envelope, '"v1"'));
    // A kaart that is no kaart arrives (kept, refused when loaded, as before): the old checked one goes with it.
    await putStoredCatalogue(db, { ...stored, etag: '"v2"' }, checkedCatalogue({ broken: true }, '"v2"'));
    expect(await getCheckedCatalogue(db)).toBeNull();
  });
});
