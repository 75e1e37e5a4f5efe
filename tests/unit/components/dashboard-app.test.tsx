// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import uPlot from 'uplot';
import { DashboardApp } from '../../../components/dashboard-app';
import { statsFixture } from '../stats-view/stats-fixture';
import { textsFor } from '../i18n/texts';

// uPlot draws on canvas, which jsdom lacks: a stand-in that keeps the options it was given and
// formats dates the way uPlot does, from the names it is handed.
vi.mock('uplot', () => ({
  default: Object.assign(
    vi.fn(function () {
      return { destroy: vi.fn() };
    }),
    { fmtDate: (_template: string, names: { MMM: string[] }) => (d: Date) => names.MMM[d.getUTCMonth()] },
  ),
}));

afterEach(cleanup);

describe('DashboardApp', () => {
  it('asks for the last twelve months, shows the relapse warning and a table per figure', async () => {
    const stats = vi.fn(async () => statsFixture());
    render(<DashboardApp texts={textsFor('nl')} api={{ stats, organizationNames: async () => ({ humanitas: 'Humanitas' }) }} now={new Date('2026-11-23T12:00:00Z')} />);
    await screen.findByText('Per maand');
    expect(stats).toHaveBeenCalledWith({ from: '2025-12', to: '2026-11' });
    // The warning names the share it shows (requested), not "started".
    const warning = screen.getByRole('alert').textContent ?? '';
    expect(warning).toContain('oktober 2026: informele hulp aangevraagd bij 20% van de overwogen casussen, tegen gemiddeld 35% in de 3 maanden ervoor.');
    expect(warning).not.toMatch(/gestart/i);
    expect(screen.getByRole('table', { name: 'Per maand' })).toBeTruthy();
    expect(screen.getByText('Humanitas')).toBeTruthy();
    expect(screen.getByText(/Alleen zichtbaar voor de aandachtsfunctionaris/)).toBeTruthy();
  });

  it('names the months on the chart in Dutch and says the last month is still running', async () => {
    render(<DashboardApp texts={textsFor('nl')} api={{ stats: async () => statsFixture(), organizationNames: async () => ({}) }} now={new Date('2026-11-23T12:00:00Z')} />);
    await screen.findByText('Per maand');
    expect(screen.getByText(/De maand november 2026 loopt nog/)).toBeTruthy();
    await vi.waitFor(() => expect(vi.mocked(uPlot)).toHaveBeenCalled());
    const options = vi.mocked(uPlot).mock.calls.at(-1)![0] as { fmtDate: (template: string) => (d: Date) => string };
    expect(options.fmtDate('{MMM}')(new Date(Date.UTC(2026, 2, 15)))).toBe('mrt');
  });

  it('has no running-month note for a period that has ended', async () => {
    const ended = statsFixture();
    ended.scope.asOf = '2026-12-02T09:00:00.000Z';
    render(<DashboardApp texts={textsFor('nl')} api={{ stats: async () => ended, organizationNames: async () => ({}) }} now={new Date('2026-12-02T09:00:00Z')} />);
    await screen.findByText('Per maand');
    expect(screen.queryByText(/loopt nog/)).toBeNull();
  });

  it('asks again for the period the user picks', async () => {
    const stats = vi.fn(async () => statsFixture());
    render(<DashboardApp texts={textsFor('nl')} api={{ stats, organizationNames: async () => ({}) }} now={new Date('2026-11-23T12:00:00Z')} />);
    await screen.findByText('Per maand');
    fireEvent.input(screen.getByLabelText('Van'), { target: { value: '2026-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toon' }));
    await vi.waitFor(() => expect(stats).toHaveBeenLastCalledWith({ from: '2026-01', to: '2026-11' }));
  });

  it('lets an administrator pick one team, and asks for that team', async () => {
    const stats = vi.fn(async () => statsFixture());
    render(
      <DashboardApp
        texts={textsFor('nl')}
        api={{ stats, organizationNames: async () => ({}), teams: async () => [{ id: '0190f2a0-0000-7000-8000-0000000000c1', name: 'Buurtteam Zuid' }] }}
        now={new Date('2026-11-23T12:00:00Z')}
      />,
    );
    await screen.findByText('Per maand');
    fireEvent.change(await screen.findByLabelText('Team'), { target: { value: '0190f2a0-0000-7000-8000-0000000000c1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toon' }));
    await vi.waitFor(() => expect(stats).toHaveBeenLastCalledWith({ from: '2025-12', to: '2026-11', teamId: '0190f2a0-0000-7000-8000-0000000000c1' }));
  });

  it('offers no team choice to anyone else', async () => {
    render(<DashboardApp texts={textsFor('nl')} api={{ stats: async () => statsFixture(), organizationNames: async () => ({}), teams: async () => [] }} />);
    await screen.findByText('Per maand');
    expect(screen.queryByLabelText('Team')).toBeNull();
  });

  it('answers at the top: the last four months’ started share against the goal, and whether the team falls back', async () => {
    const stats = statsFixture();
    stats.months.unshift({ month: '2026-08', considered: 20, requested: 8, started: 6, unmet: 0, notSuitable: 6, shareRequested: 0.4, shareStarted: 0.3 });
    stats.months.unshift({ month: '2026-07', considered: 20, requested: 8, started: 8, unmet: 0, notSuitable: 6, shareRequested: 0.4, shareStarted: 0.4 });
    render(<DashboardApp texts={textsFor('nl')} api={{ stats: async () => stats, organizationNames: async () => ({}) }} now={new Date('2026-11-23T12:00:00Z')} />);
    const head = await screen.findByRole('region', { name: 'Gestart van de overwogen casussen, tegen het doel van 30%' });
    const items = Array.from(head.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual([
      'augustus 202630%doel gehaald',
      'september 202635%doel gehaald',
      'oktober 202620%onder het doel',
      'november 2026 (loopt nog)—niet te tonen (te weinig)',
    ]);
    expect(head.querySelector('[data-verdict]')?.textContent).toBe('Het team valt terug: minder aanvragen dan in de 3 maanden ervoor (zie Terugval).');
    // It comes before everything else.
    expect(document.querySelector('main > section')?.hasAttribute('data-headline')).toBe(true);
  });

  it('says which line the goal is for, and shows each line’s latest value in the legend', async () => {
    render(<DashboardApp texts={textsFor('nl')} api={{ stats: async () => statsFixture(), organizationNames: async () => ({}) }} now={new Date('2026-11-23T12:00:00Z')} />);
    await screen.findByText('Per maand');
    expect(document.querySelector('figure.hr-chart figcaption')?.textContent).toContain('Doel voor "Gestart": 30%');
    expect(Array.from(screen.getByRole('list', { name: 'Lijnen, met de laatste waarde' }).querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Gestart: 20% (oktober 2026)',
      'Aangevraagd: 33% (oktober 2026)',
      'Doel voor "Gestart": 30%',
    ]);
  });

  it('leaves the per-professional table out of the print', async () => {
    render(<DashboardApp texts={textsFor('nl')} api={{ stats: async () => statsFixture(), organizationNames: async () => ({}) }} now={new Date('2026-11-23T12:00:00Z')} />);
    await screen.findByText('Per maand');
    expect(document.querySelector('[data-table="professionals"]')?.classList.contains('hr-noprint')).toBe(true);
    expect(document.querySelector('[data-table="months"]')?.classList.contains('hr-noprint')).toBe(false);
  });

  it('says what to do when there is no server', async () => {
    render(
      <DashboardApp
        texts={textsFor('nl')}
        api={{ stats: async () => Promise.reject(new Error('Het dashboard heeft de server van je team nodig: verbind eerst.')), organizationNames: async () => ({}) }}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('verbind eerst');
  });
});
