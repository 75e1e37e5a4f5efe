import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderInUseError, LOCK_FILE, lockFolder } from '../../server/db/folder-lock';
import { openDb, rowsOf } from '../../server/db/open';

/*
 * Two PGlite instances on one folder overwrite each other's WAL (acknowledged writes vanish at the
 * next crash), so the second opener must be refused with a message that says what to do.
 */

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'handreiking-lock-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The id of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('one process per PGlite folder', () => {
  it('refuses a second open of the same folder while the first is open, and allows it after close', async () => {
    const first = openDb({ dataDir: folder });
    await first.db.execute(sql`select 1`);
    expect(() => openDb({ dataDir: folder })).toThrow(FolderInUseError);
    expect(() => openDb({ dataDir: folder })).toThrow(/in use by another Handreiking API \(process \d+\).*DATA_DIR/);
    await first.close();
    expect(existsSync(join(folder, LOCK_FILE))).toBe(false);

    const again = openDb({ dataDir: folder });
    expect(rowsOf<{ one: number }>(await again.db.execute(sql`select 1 as one`))[0]?.one).toBe(1);
    await again.close();
    // Two PGlite starts on a new folder (initdb in WebAssembly each): on a busy shared machine
    // that took over 30 s once, so this test gets the time the other database-start tests get.
  }, 120_000);

  it('refuses while another live process holds the folder', () => {
    lockFolder(folder, process.ppid);
    expect(() => lockFolder(folder)).toThrow(new RegExp(`process ${process.ppid}`));
    expect(readFileSync(join(folder, LOCK_FILE), 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a lock left by a process that died (a SIGKILL must not block the restart)', async () => {
    writeFileSync(join(folder, LOCK_FILE), String(deadPid()));
    const open = openDb({ dataDir: folder });
    expect(readFileSync(join(folder, LOCK_FILE), 'utf8')).toBe(String(process.pid));
    await open.close();
  });

  it('takes over an unreadable lock file', () => {
    writeFileSync(join(folder, LOCK_FILE), 'garbage');
    const release = lockFolder(folder);
    expect(readFileSync(join(folder, LOCK_FILE), 'utf8')).toBe(String(process.pid));
    release();
  });

  it("a release never frees another holder's lock", () => {
    const release = lockFolder(folder);
    // Someone else took the folder over (for instance after our lock was judged stale).
    writeFileSync(join(folder, LOCK_FILE), String(process.ppid));
    release();
    expect(readFileSync(join(folder, LOCK_FILE), 'utf8')).toBe(String(process.ppid));
  });
});
