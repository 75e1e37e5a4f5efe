import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Registration } from '../contracts/registration';
import type { ServerRegistration } from '../contracts/sync';

/*
 * The extension origin's own database. The case system's page can never reach it: content
 * scripts ask the background, which alone opens this (and the extension's own pages). Each
 * version's upgrade step stays below for good, so any older database on a user's machine
 * upgrades in order without loss.
 */

export const DB_NAME = 'handreiking';
export const DB_VERSION = 3;

export interface OutboxEntry {
  /** The registration id; one pending push per record, the newest version wins. */
  id: string;
  version: number;
  queuedAt: string;
  attempts: number;
  /** Why the server refused it last time (kept, shown to the user, never dropped silently). */
  lastError?: { code: string; message: string; en?: string };
  /** The change waiting here takes a status back one step on purpose; sent with the push so the server allows it. */
  correction?: true;
}

/** What only the server knows about a registration: who recorded it, its history, the follow-up date. */
export type ServerInfo = Pick<ServerRegistration, 'id' | 'serverSeq' | 'followUpDue' | 'recordedBy' | 'updatedBy' | 'history'>;

export interface HandreikingDB extends DBSchema {
  registrations: { key: string; value: Registration; indexes: { byCase: string; byUpdated: string; byStatus: string } };
  outbox: { key: string; value: OutboxEntry };
  meta: { key: string; value: unknown };
  /** Added in version 2. */
  serverInfo: { key: string; value: ServerInfo; indexes: { byFollowUp: string } };
  /** Added in version 2: cursor, last success, backoff. Key-value. */
  sync: { key: string; value: unknown };
  /** Added in version 2: the team's sociale kaart as last fetched, with its ETag. Key-value. */
  catalogue: { key: string; value: unknown };
  /** Added in version 3: the team's own case-system adapters as last fetched, with their ETag. Key-value. */
  adapters: { key: string; value: unknown };
}

export type Database = IDBPDatabase<HandreikingDB>;

export function openDatabase(name = DB_NAME, version = DB_VERSION): Promise<Database> {
  return openDB<HandreikingDB>(name, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const registrations = db.createObjectStore('registrations', { keyPath: 'id' });
        registrations.createIndex('byCase', 'caseRef');
        registrations.createIndex('byUpdated', 'updatedAt');
        db.createObjectStore('outbox', { keyPath: 'id' });
        db.createObjectStore('meta');
      }
      if (oldVersion < 2 && version >= 2) {
        // Sync arrives: the server's view of each record, the sync bookkeeping and the team's kaart.
        tx.objectStore('registrations').createIndex('byStatus', 'status');
        db.createObjectStore('serverInfo', { keyPath: 'id' }).createIndex('byFollowUp', 'followUpDue');
        db.createObjectStore('sync');
        db.createObjectStore('catalogue');
      }
      if (oldVersion < 3 && version >= 3) {
        // The team's own adapters arrive with the sync (issue 13).
        db.createObjectStore('adapters');
      }
    },
  });
}
