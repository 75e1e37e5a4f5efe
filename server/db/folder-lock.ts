import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/*
 * One process per PGlite folder. PGlite writes a postmaster.pid but does not act on it: a second
 * instance opens the same folder without complaint, and the two then overwrite each other's WAL,
 * so writes one of them acknowledged are gone after the next crash. (Found when a test opened the
 * folder in a second process before closing it in the first.) Running `npm run server` twice by
 * mistake must not cost a team its registrations, so the API refuses to start instead.
 */

export const LOCK_FILE = 'handreiking.lock';

export class FolderInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly holder: number,
  ) {
    super(
      `The database folder ${folder} is in use by another Handreiking API (process ${holder}). ` +
        `Stop that one first, or set DATA_DIR to another folder. If no such process runs, delete ${join(folder, LOCK_FILE)}.`,
    );
    this.name = 'FolderInUseError';
  }
}

/** Is a process with this id alive? (A lock left by a killed process must not block a restart.) */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user, so it is alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder for this process; returns the release. Throws FolderInUseError when a live process holds it. */
export function lockFolder(folder: string, pid = process.pid): () => void {
  const path = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // 'wx' creates atomically: of two processes starting at once, one wins.
      const fd = openSync(path, 'wx');
      writeSync(fd, String(pid));
      closeSync(fd);
      return () => {
        // Only our own lock: a stale release after a takeover must not free another holder's folder.
        if (readHolder(path) === pid) rmSync(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readHolder(path);
      // The same process twice is as harmful as two processes: both instances would write.
      if (holder !== null && isAlive(holder)) throw new FolderInUseError(folder, holder);
      // Left by a process that died (SIGKILL, power loss): take it over.
      rmSync(path, { force: true });
    }
  }
  throw new FolderInUseError(folder, readHolder(path) ?? -1);
}

function readHolder(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
