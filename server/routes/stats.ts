import { createRoute } from '@hono/zod-openapi';
import { CaseloadRequest, CaseloadResponse, StatsQuery, StatsResponse } from '../../lib/contracts/stats';
import { caseloadMonthProblem } from '../../lib/stats/caseload';
import { monthSpan } from '../../lib/stats/month';
import { presentStats } from '../../lib/stats/present';
import { ABILITIES } from '../../lib/contracts/abilities';
import { allow } from '../auth/middleware';
import { getTeam } from '../db/queries/accounts';
import { caseloadsOf, caseloadsOfAllTeams, setCaseload } from '../db/queries/caseloads';
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
      'team’s small-number threshold are sent as "<N"; shares and the median are null when their base is below it. ' +
      'Per month, for one team’s figures, the caseload the team entered (PUT /stats/caseload) and the started share ' +
      'of all cases next to the share of considered cases; null where none is entered.',
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
    // The caseload is the team's, or every team's together; never the base of a professional's own figures.
    const caseloads =
      kind === 'team' && team ? await caseloadsOf(db, team.id, from, to) : kind === 'all_teams' ? await caseloadsOfAllTeams(db, from, to) : undefined;
    const figures = presentStats(counts, { from, to, asOf, threshold, goal, caseloads });
    return c.json(
      {
        scope: { kind, teamId: team?.id ?? null, teamName: team?.name ?? null, from, to, asOf: asOf.toISOString(), threshold },
        ...figures,
      },
      200,
    );
  },
)
  .openapi(
    createRoute({
      method: 'put',
      path: '/caseload',
      summary: 'Enter the team’s caseload for a month: the base of the share “of all cases”',
      description:
        'The number of cases the team worked on in the month (a whole number, 0 to 100000), for a month from ' +
        '23 months ago up to the current one (Europe/Amsterdam); a second entry for the month replaces the first. ' +
        'The aandachtsfunctionaris enters it for their own team (`teamId` is ignored); the administrator names the ' +
        'team with `teamId`. A number per team and month, nothing about a client or a professional.',
      security: bearer,
      middleware: [allow(...ABILITIES.enterCaseload)] as const,
      request: { body: { content: { 'application/json': { schema: CaseloadRequest } }, required: true } },
      responses: { 200: json(CaseloadResponse, 'Saved'), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const { month, cases, teamId: asked } = c.req.valid('json');
      const { session, db } = c.var;
      let teamId = session.team.id;
      if (session.user.role === 'admin') {
        if (!asked) {
          const nl = 'kies het team (teamId).';
          throw new ApiFailure(400, 'validation_failed', `Ongeldige invoer: ${nl}`, 'Name the team with `teamId`.', [{ path: 'teamId', message: nl }]);
        }
        const team = await getTeam(db, asked);
        if (!team) throw notFound('Dit team bestaat niet.', 'No such team.');
        teamId = team.id;
      }
      const now = c.var.now();
      const problem = caseloadMonthProblem(month, now);
      if (problem) {
        throw new ApiFailure(400, 'validation_failed', `Ongeldige maand: ${problem.nl}`, problem.en, [{ path: 'month', message: problem.nl }]);
      }
      await setCaseload(db, teamId, month, cases, now);
      return c.json({ teamId, month, cases }, 200);
    },
  );
