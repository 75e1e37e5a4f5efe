import { z } from 'zod';
import { Team, User } from '../contracts/accounts';
import { DeviceId } from '../contracts/sync';
import type { Database } from './database';

/*
 * Which server this installation talks to, as whom. Kept in the extension origin's `meta` store,
 * never in the page. Signing out forgets the token only: registrations and their outbox stay on
 * the device until they are synced, and the device id stays the same for good.
 */

export const CONNECTION_KEY = 'connection';
const DEVICE_ID_KEY = 'deviceId';

export const StoredConnection = z.object({
  serverUrl: z.url(),
  token: z.string().min(1),
  expiresAt: z.iso.datetime(),
  user: User,
  team: Team,
});
export type StoredConnection = z.infer<typeof StoredConnection>;

export interface Connection extends StoredConnection {
  deviceId: string;
}

const newDeviceId = () => crypto.randomUUID();

/** The installation's device id, made on first use; read-then-write in one transaction. */
export async function getDeviceId(db: Database, makeId: () => string = newDeviceId): Promise<string> {
  const tx = db.transaction('meta', 'readwrite');
  const existing = DeviceId.safeParse(await tx.store.get(DEVICE_ID_KEY));
  if (existing.success) {
    await tx.done;
    return existing.data;
  }
  const id = DeviceId.parse(makeId());
  await tx.store.put(id, DEVICE_ID_KEY);
  await tx.done;
  return id;
}

/** Null when not signed in, or when what is stored no longer reads as a connection. */
export async function getConnection(db: Database): Promise<Connection | null> {
  const tx = db.transaction('meta', 'readonly');
  const [stored, deviceId] = await Promise.all([tx.store.get(CONNECTION_KEY), tx.store.get(DEVICE_ID_KEY), tx.done]);
  const connection = StoredConnection.safeParse(stored);
  const device = DeviceId.safeParse(deviceId);
  if (!connection.success || !device.success) return null;
  return { ...connection.data, deviceId: device.data };
}

export async function saveConnection(db: Database, connection: StoredConnection, makeId: () => string = newDeviceId): Promise<Connection> {
  const valid = StoredConnection.parse({ ...connection, serverUrl: connection.serverUrl.replace(/\/+$/, '') });
  const deviceId = await getDeviceId(db, makeId);
  await db.put('meta', valid, CONNECTION_KEY);
  return { ...valid, deviceId };
}

/** Sign out on this device: the token goes, local registrations and the outbox stay until synced. */
export async function clearConnection(db: Database): Promise<void> {
  await db.delete('meta', CONNECTION_KEY);
}
