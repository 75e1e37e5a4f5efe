import { ApiRequestError, MESSAGES } from './api-errors';
import { SYNC_PULL_DEFAULT_LIMIT } from '../contracts/sync';
import { applyPulledPage } from './server-records';
import { getSyncState } from './sync-state';
import { LeaseLost, type Pass } from './pass';

export interface PullReport {
  records: number;
  deleted: number;
  pages: number;
}

/**
 * Pulls the team's changes page by page from the stored cursor. The cursor is the server's change
 * sequence, not a time, so a device whose clock is hours off still gets every change exactly once.
 */
export async function pullChanges(pass: Pass, limit = SYNC_PULL_DEFAULT_LIMIT): Promise<PullReport> {
  const report: PullReport = { records: 0, deleted: 0, pages: 0 };
  let { cursor } = await getSyncState(pass.db);
  for (;;) {
    await pass.keepLease();
    const page = await pass.api.pull(cursor, limit, pass.signal);
    if (!(await applyPulledPage(pass.db, page, cursor))) throw new LeaseLost();
    report.pages += 1;
    report.records += page.records.length;
    report.deleted += page.deleted.length;
    if (!page.hasMore) return report;
    if (page.cursor === cursor) {
      // A server that says "more" without moving on would keep this loop busy for ever.
      throw new ApiRequestError({ kind: 'invalid_response', code: 'cursor_stuck', message: MESSAGES.invalid });
    }
    cursor = page.cursor;
  }
}
