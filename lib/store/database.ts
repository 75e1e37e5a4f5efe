import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Registration } from '../contracts/registration';

/*
 * The extension origin's own database. The case system's page can never reach it: content
 * scripts ask the background, which alone opens this. Each version's upgrade step stays in the
 * list below for good, so any older database on a user's machine upgrades without loss.
 */

export const DB_NAME = 'handreiking';
export const DB_VERSION = 1;

export interface OutboxEntry {
  /** The registration id; one pending push per record, the newest version wins. */
  id: string;
  version: number;
  queuedAt: string;
  attempts: number;
}

export interface HandreikingDB extends DBSchema {
  registrations: { key: string; value: Registration; indexes: { byCase: string; byUpdated: string } };
  outbox: { key: string; value: OutboxEntry };
  meta: { key: string; value: unknown };
}

export type Database = IDBPDatabase<HandreikingDB>;

export function openDatabase(name = DB_NAME): Promise<Database> {
  return openDB<HandreikingDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const registrations = db.createObjectStore('registrations', { keyPath: 'id' });
        registrations.createIndex('byCase', 'caseRef');
        registrations.createIndex('byUpdated', 'updatedAt');
        db.createObjectStore('outbox', { keyPath: 'id' });
        db.createObjectStore('meta');
      }
    },
  });
}
