import { createRoute } from '@hono/zod-openapi';
import { StatsQuery, StatsResponse } from '../../lib/contracts/stats';
import { monthSpan } from '../../lib/stats/month';
import { presentStats } from '../../lib/stats/present';
import { ABILITIES } from '../../lib/contracts/abilities';
import { allow } from '../auth/middleware';
import { getTeam } from '../db/queries/accounts';
import { countStatsSql, statsSettings, type StatsFilter } from '../db/queries/stats';
import { ApiFailure, notFound } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';

/** The longest period one request may ask for. */
export const MAX_STATS_MONTHS = 36;

function badPeriod(nl: string, en: string, path: string) {
  return new ApiFailure(400, 'validation_failed', `Ongeldige periode: ${nl}`, en, [{ path, message: nl }]);
}

export const statsRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'Review figures for a period: shares per month against the goal, conversion, demand, follow-ups, relapse',
    description:
      'Scoped by the token: an aandachtsfunctionaris or ambassador sees their team (only the aandachtsfunctionaris ' +
      'gets the breakdown by professional); a professional sees figures over the registrations they recorded ' +
      'themselves; an administrator sees all teams, or one with `teamId` (ignored for every other role). ' +
      `Months are calendar months in Europe/Amsterdam; at most ${MAX_STATS_MONTHS} months. Counts below the ` +
      'team’s small-number threshold are sent as "<N"; shares and the median are null when their base is below it.',
    security: bearer,
    middleware: [allow(...ABILITIES.readStats)] as const,
    request: { query: StatsQuery },
    responses: { 200: json(StatsResponse, 'The figures'), ...errors(400, 401, 403, 404) },
  }),
  async (c) => {
    const { from, to, teamId: asked } = c.req.valid('query');
    if (to < from) throw badPeriod('"to" ligt voor "from".', '`to` is before `from`.', 'to');
    if (monthSpan(from, to) > MAX_STATS_MONTHS) {
      throw badPeriod(`hoogstens ${MAX_STATS_MONTHS} maanden per keer.`, `At most ${MAX_STATS_MONTHS} months per request.`, 'to');
    }
    const { session, db } = c.var;
    const role = session.user.role;
    let kind: StatsResponse['scope']['kind'] = 'team';
    let team: { id: string; name: string } | null = session.team;
    let filter: StatsFilter = { teamIds: [session.team.id] };
    if (role === 'professional') {
      kind = 'own';
      filter = { teamIds: [session.team.id], recordedBy: session.user.id };
    } else if (role === 'admin') {
      if (asked) {
        team = await getTeam(db, asked);
        if (!team) throw notFound('Dit team bestaat niet.', 'No such team.');
        filter = { teamIds: [team.id] };
      } else {
        kind = 'all_teams';
        team = null;
        filter = { teamIds: null };
      }
    }
    // Whom to coach is the aandachtsfunctionaris's question only (issue 5): not the peers', and not
    // the administrator's, who runs the server and issues accounts (shared/domain.md).
    const byProfessional = role === 'aandachtsfunctionaris';
    const asOf = c.var.now();
    const { goal, threshold } = await statsSettings(db, filter.teamIds);
    const counts = await countStatsSql(db, filter, { from, to, asOf, byProfessional });
    const figures = presentStats(counts, { from, to, asOf, threshold, goal });
    return c.json(
      {
        scope: { kind, teamId: team?.id ?? null, teamName: team?.name ?? null, from, to, asOf: asOf.toISOString(), threshold },
        ...figures,
      },
      200,
    );
  },
);
