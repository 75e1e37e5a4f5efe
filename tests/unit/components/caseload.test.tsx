// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '../../../components/dashboard-app';
import type { StatsResponse } from '../../../lib/contracts/stats';
import { tableCsv } from '../../../lib/csv/table-csv';
import { caseloadNote } from '../../../lib/stats-view/caseload-note';
import { dashboardTables } from '../../../lib/stats-view/tables';
import { statsFixture } from '../stats-view/stats-fixture';
import { textsFor } from '../i18n/texts';

/* Issue 12 #10: the team's caseload per month and the share "of all cases", next to "of considered cases". */

vi.mock('uplot', () => ({
  default: Object.assign(
    vi.fn(function () {
      return { destroy: vi.fn() };
    }),
    { fmtDate: () => () => '' },
  ),
}));

afterEach(cleanup);

const NOW = new Date('2026-11-23T12:00:00Z');

/** The fixture with a caseload entered for September (60) and October (20, below its 30 considered cases). */
function withCaseload(): StatsResponse {
  const stats = statsFixture();
  stats.months[0] = { ...stats.months[0]!, caseload: 60, shareStartedOfAll: 14 / 60, caseloadBelowConsidered: false };
  stats.months[1] = { ...stats.months[1]!, caseload: 20, shareStartedOfAll: null, caseloadBelowConsidered: true };
  stats.months[2] = { ...stats.months[2]!, caseload: null, shareStartedOfAll: null, caseloadBelowConsidered: false };
  return stats;
}

describe('the months table, CSV and print: both shares, clearly labelled', () => {
  it('labels the shares "of considered cases" and "of all cases", in Dutch and in English', () => {
    const [nl] = dashboardTables(withCaseload(), textsFor('nl').t, (id) => id);
    expect(nl!.columns).toEqual([
      'Maand',
      'Overwogen casussen',
      'Aangevraagd',
      'Gestart',
      'Geen aanbod',
      'Niet geschikt',
      'Aangevraagd, van overwogen casussen',
      'Gestart, van overwogen casussen',
      'Alle casussen van het team',
      'Gestart, van alle casussen',
    ]);
    expect(nl!.rows.map((r) => r.slice(7))).toEqual([
      ['35%', 60, '23%'],
      ['20%', 20, 'minder casussen ingevuld dan overwogen'],
      ['—', '—', '—'],
    ]);
    const [en] = dashboardTables(withCaseload(), textsFor('en').t, (id) => id);
    expect(en!.columns.slice(7)).toEqual(['Started, of considered cases', 'All the team’s cases', 'Started, of all cases']);
    // The CSV is made from the same rows, and the months table is in the print.
    expect(tableCsv(nl!.columns, nl!.rows)).toContain('Gestart, van alle casussen');
    expect(nl!.print).not.toBe(false);
  });

  it('shows a small caseload as "< 5", like any count', () => {
    const stats = withCaseload();
    stats.months[0] = { ...stats.months[0]!, caseload: '<5', shareStartedOfAll: null, caseloadBelowConsidered: false };
    expect(dashboardTables(stats, textsFor('nl').t, (id) => id)[0]!.rows[0]!.slice(8)).toEqual(['< 5', '—']);
  });

  it('says how to enter it when none is entered, and why there is none for other scopes', () => {
    const t = textsFor('nl').t;
    expect(caseloadNote(statsFixture(), true, t)).toMatch(/Nog geen aantal casussen ingevuld.*Vul hieronder per maand in/);
    expect(caseloadNote(statsFixture(), false, t)).toMatch(/De aandachtsfunctionaris van het team kan dat per maand invullen/);
    expect(caseloadNote(withCaseload(), true, t)).toMatch(/"van alle casussen" deelt door het aantal casussen/);
    const own = statsFixture({ scope: { ...statsFixture().scope, kind: 'own' } });
    expect(caseloadNote(own, false, t)).toBe(t('dashboard.caseloadNotForScope'));
    // All teams together: a share only in months every team entered, and the note says so.
    const allScope = { ...statsFixture().scope, kind: 'all_teams' as const, teamId: null, teamName: null };
    expect(caseloadNote(statsFixture({ scope: allScope }), false, t)).toMatch(/Nog geen maand waarin elk team/);
    expect(caseloadNote({ ...withCaseload(), scope: allScope }, false, t)).toMatch(/alle teams samen, in de maanden waarin elk team/);
  });
});

describe('entering the caseload on the dashboard', () => {
  it('the aandachtsfunctionaris enters a month with the keyboard, and the figures are fetched again', async () => {
    const stats = vi.fn(async () => statsFixture());
    const setCaseload = vi.fn(async (input: { month: string; cases: number }) => ({ teamId: '0190f2a0-0000-7000-8000-0000000000b1', ...input }));
    render(
      <DashboardApp
        texts={textsFor('nl')}
        api={{ stats, organizationNames: async () => ({}), canEnterCaseload: async () => true, setCaseload: setCaseload as never }}
        now={NOW}
      />,
    );
    const form = await screen.findByRole('form', { name: 'Aantal casussen van het team invullen' });
    expect(screen.getByText(/Nog geen aantal casussen ingevuld/)).toBeTruthy();
    const month = within(form).getByLabelText('Maand') as HTMLInputElement;
    expect(month).toMatchObject({ type: 'month', value: '2026-11', min: '2024-12', max: '2026-11', required: true });
    const cases = within(form).getByLabelText('Aantal casussen') as HTMLInputElement;
    expect(cases).toMatchObject({ type: 'number', min: '0', max: '100000', step: '1', required: true });
    fireEvent.input(month, { target: { value: '2026-10' } });
    fireEvent.input(cases, { target: { value: '48' } });
    // Enter in a field submits the form; a button of type submit is what makes that happen.
    expect(within(form).getByRole('button', { name: 'Opslaan' }).getAttribute('type')).toBe('submit');
    fireEvent.submit(form);
    await vi.waitFor(() => expect(setCaseload).toHaveBeenCalledWith({ month: '2026-10', cases: 48 }));
    expect((await within(form).findByRole('status')).textContent).toBe('Opgeslagen: 48 casussen in oktober 2026.');
    await vi.waitFor(() => expect(stats).toHaveBeenCalledTimes(2));
    // The form stays (the old figures stand while the new ones load), so focus is not lost.
    expect(screen.getByRole('form', { name: 'Aantal casussen van het team invullen' })).toBe(form);
  });

  it('shows the server’s refusal', async () => {
    const setCaseload = vi.fn(async () => {
      throw new Error('Ongeldige maand: 2026-12 ligt in de toekomst.');
    });
    render(
      <DashboardApp texts={textsFor('nl')} api={{ stats: async () => statsFixture(), organizationNames: async () => ({}), canEnterCaseload: async () => true, setCaseload }} now={NOW} />,
    );
    const form = await screen.findByRole('form', { name: 'Aantal casussen van het team invullen' });
    fireEvent.input(within(form).getByLabelText('Aantal casussen'), { target: { value: '12' } });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toBe('Niet opgeslagen: Ongeldige maand: 2026-12 ligt in de toekomst.');
  });

  it('the administrator enters it for the team picked', async () => {
    const setCaseload = vi.fn(async (input: { month: string; cases: number; teamId?: string }) => ({ teamId: input.teamId!, month: input.month, cases: input.cases }));
    const team = { id: '0190f2a0-0000-7000-8000-0000000000b1', name: 'Buurtteam Test' };
    render(
      <DashboardApp
        texts={textsFor('nl')}
        api={{ stats: async () => statsFixture(), organizationNames: async () => ({}), teams: async () => [team], canEnterCaseload: async () => true, setCaseload: setCaseload as never }}
        now={NOW}
      />,
    );
    await screen.findByText(team.name, { selector: 'option' });
    const form = await screen.findByRole('form', { name: 'Aantal casussen van het team invullen' });
    fireEvent.input(within(form).getByLabelText('Aantal casussen'), { target: { value: '30' } });
    fireEvent.submit(form);
    await vi.waitFor(() => expect(setCaseload).toHaveBeenCalledWith({ month: '2026-11', cases: 30, teamId: team.id }));
  });

  it('no form for someone who may not enter it, nor for all teams together', async () => {
    render(<DashboardApp texts={textsFor('nl')} api={{ stats: async () => statsFixture(), organizationNames: async () => ({}), canEnterCaseload: async () => false, setCaseload: vi.fn() }} now={NOW} />);
    await screen.findByText('Per maand');
    expect(screen.getByText(/De aandachtsfunctionaris van het team kan dat per maand invullen/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Aantal casussen van het team invullen' })).toBeNull();
    cleanup();
    const all = statsFixture({ scope: { ...statsFixture().scope, kind: 'all_teams', teamId: null, teamName: null } });
    render(<DashboardApp texts={textsFor('nl')} api={{ stats: async () => all, organizationNames: async () => ({}), canEnterCaseload: async () => true, setCaseload: vi.fn() }} now={NOW} />);
    await screen.findByText('Per maand');
    expect(screen.getByText(/Nog geen maand waarin elk team zijn aantal casussen heeft ingevuld/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Aantal casussen van het team invullen' })).toBeNull();
  });
});
