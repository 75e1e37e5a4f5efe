import type { LoadedCatalogue } from '../catalogue/catalogue-state';
import { getConnection } from '../store/connection';
import type { Database } from '../store/database';
import { waitingForTeamKey } from '../store/meta';
import { caseLabelsFor } from '../sync/case-labels';
import type { FollowUpsResponse } from '../worker-protocol/protocol';
import { badgeCount } from './follow-ups';
import { loadFollowUps, loadOrganisationAnswers } from './load-follow-ups';

/** The follow-up list as the side panel shows it: the extension's background and the plugin's frame ask this. */
export async function followUpsResponse(d: { db: Database; catalogue: Pick<LoadedCatalogue, 'byId'>; now: () => Date }): Promise<FollowUpsResponse> {
  const connection = await getConnection(d.db);
  const items = await loadFollowUps(d.db, d.catalogue.byId, d.now(), connection?.team.followUpDays);
  const answers = await loadOrganisationAnswers(d.db, d.catalogue.byId, d.now());
  const labels = await caseLabelsFor(d.db, [...items.map((f) => f.registration.caseRef), ...answers.map((a) => a.caseRef)]).catch(() => ({}));
  const waiting = await waitingForTeamKey(d.db);
  return { items, badge: badgeCount(items), answers, labels, ...(waiting ? { teamKeyWaiting: true as const } : {}), ...(connection ? { me: connection.user.id } : {}) };
}
