import { acceptTeamAdapters } from '../adapters/accept-team-adapters';
import { getStoredAdapters, putStoredAdapters } from '../store/stored-adapters';
import { isApiRequestError } from './api-errors';
import type { Pass } from './pass';

/**
 * Fetches the team's own adapters as the kaart is fetched: with If-None-Match, so an unchanged
 * list costs one small request. While this device refuses one of them it asks without the ETag:
 * the server's list is unchanged, but an updated extension may accept what the one before refused.
 */
export async function refreshAdapters(pass: Pass): Promise<'changed' | 'unchanged' | 'unsupported'> {
  await pass.keepLease();
  const stored = await getStoredAdapters(pass.db);
  const refusing = stored?.adapters.some((adapter) => adapter.refused) ?? false;
  let result;
  try {
    result = await pass.api.adapters(refusing ? null : stored?.etag, pass.signal);
  } catch (error) {
    // A server from before issue 13 has no such route: the device keeps what it has and reads pages without team adapters.
    if (isApiRequestError(error) && error.status === 404) return 'unsupported';
    throw error;
  }
  if (result.status === 'unchanged') return 'unchanged';
  const adapters = acceptTeamAdapters(stored?.adapters ?? [], result.adapters);
  await putStoredAdapters(pass.db, { adapters, etag: result.etag, fetchedAt: pass.now().toISOString() });
  return 'changed';
}
