// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../../components/side-panel-app';
import type { Registration } from '../../../lib/contracts/registration';
import { followUpsOf } from '../../../lib/follow-up/follow-ups';
import type { FollowUpsResponse } from '../../../lib/worker-protocol/protocol';
import { textsFor } from '../i18n/texts';

afterEach(cleanup);

const reg = (id: string, createdAt: string, extra: Partial<Registration> = {}): Registration => ({
  id,
  caseRef: id.replace(/-/g, '').padEnd(64, '0').slice(0, 64),
  outcome: 'deployed',
  kind: 'buddy',
  domains: [],
  status: 'requested',
  createdAt,
  updatedAt: createdAt,
  version: 1,
  ...extra,
});
const OLD = reg('0190f2a0-0000-7000-8000-00000000d001', '2020-01-01T12:00:00.000Z');
const NEW = reg('0190f2a0-0000-7000-8000-00000000d002', '2099-01-01T12:00:00.000Z', { contactBy: 'ambassador' });
const response = (): FollowUpsResponse => {
  const items = followUpsOf([OLD, NEW], new Map(), new Date());
  return { items, badge: 1 };
};

describe('SidePanelApp: filters and snooze (issue 12 #3)', () => {
  it('filters to overdue and to contact by the ambassador, and says when nothing matches', async () => {
    render(<SidePanelApp texts={textsFor('nl')} load={async () => response()} updateStatus={vi.fn()} />);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-follow-up]').length).toBe(2));
    fireEvent.click(screen.getByRole('button', { name: 'Te laat' }));
    expect([...document.querySelectorAll('[data-follow-up]')].map((e) => e.getAttribute('data-follow-up'))).toEqual([OLD.id]);
    expect(screen.getByRole('button', { name: 'Te laat' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Contact via ambassadeur' }));
    expect([...document.querySelectorAll('[data-follow-up]')].map((e) => e.getAttribute('data-follow-up'))).toEqual([NEW.id]);
  });

  it('snoozes one follow-up to the chosen date and shows the answer', async () => {
    const snoozed: FollowUpsResponse = { ...response(), items: response().items.map((f) => (f.registration.id === OLD.id ? { ...f, snoozedUntil: '2099-02-01', state: 'upcoming' as const } : f)) };
    const snooze = vi.fn(async () => snoozed);
    render(<SidePanelApp texts={textsFor('nl')} load={async () => response()} updateStatus={vi.fn()} snooze={snooze} />);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-follow-up]').length).toBe(2));
    const item = document.querySelector(`[data-follow-up="${OLD.id}"]`)!;
    fireEvent.input(item.querySelector('input[type="date"]')!, { target: { value: '2099-02-01' } });
    fireEvent.submit(item.querySelector('form.hr-snooze')!);
    await vi.waitFor(() => expect(snooze).toHaveBeenCalledWith(OLD.id, '2099-02-01'));
    await vi.waitFor(() => expect(document.querySelector(`[data-follow-up="${OLD.id}"] [data-snoozed-until]`)?.textContent).toMatch(/Uitgesteld tot/));
  });
});

describe('SidePanelApp: which case is this (issue 12 #1)', () => {
  it('names a case by its label with a link back to the case page, and by its short reference without one', async () => {
    const labels = {
      [OLD.caseRef]: { label: 'KD-2026-0412', url: 'http://localhost:4300/klassiek/dossier/KD-2026-0412' },
      // A label whose address is not a web address is shown without a link.
      [NEW.caseRef]: { label: 'CL-30517', url: 'javascript:alert(1)' },
    };
    render(<SidePanelApp texts={textsFor('nl')} load={async () => ({ ...response(), labels })} updateStatus={vi.fn()} />);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-follow-up]').length).toBe(2));
    const old = document.querySelector(`[data-follow-up="${OLD.id}"]`)!;
    const link = old.querySelector<HTMLAnchorElement>('a[data-case-link]')!;
    expect(link.textContent).toBe('KD-2026-0412');
    expect(link.getAttribute('href')).toBe('http://localhost:4300/klassiek/dossier/KD-2026-0412');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(old.textContent).not.toContain(`#${OLD.caseRef.slice(0, 6)}`);
    const fresh = document.querySelector(`[data-follow-up="${NEW.id}"]`)!;
    expect(fresh.querySelector('a[data-case-link]')).toBeNull();
    expect(fresh.textContent).toContain('CL-30517');
  });

  it('says when this browser waits for the team key', async () => {
    render(<SidePanelApp texts={textsFor('nl')} load={async () => ({ ...response(), teamKeyWaiting: true })} updateStatus={vi.fn()} />);
    await vi.waitFor(() => expect(document.querySelector('[data-team-key-waiting]')?.textContent).toMatch(/Wachten op de teamsleutel/));
  });

  it('falls back to the short reference when there is no label', async () => {
    render(<SidePanelApp texts={textsFor('nl')} load={async () => response()} updateStatus={vi.fn()} />);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-follow-up]').length).toBe(2));
    expect(document.querySelector(`[data-follow-up="${OLD.id}"] [data-case-label="ref"]`)?.textContent).toContain(`#${OLD.caseRef.slice(0, 6)}`);
  });
});

describe('SidePanelApp: what organisations answered (issue 17)', () => {
  const STARTED = reg('0190f2a0-0000-7000-8000-00000000d003', '2026-11-01T12:00:00.000Z', { status: 'started', serviceId: 'maatje' });
  const answers = (): NonNullable<FollowUpsResponse['answers']> => [
    { registrationId: STARTED.id, caseRef: STARTED.caseRef, serviceId: 'maatje', kind: 'buddy', offerName: 'Maatje', organizationName: 'Humanitas', request: { state: 'started', updatedAt: '2026-11-20T10:00:00.000Z' } },
    { registrationId: OLD.id, caseRef: OLD.caseRef, kind: 'buddy', request: { state: 'declined', declineReason: 'no_capacity', updatedAt: '2026-11-19T10:00:00.000Z' } },
  ];

  it('lists a start and a refusal below the follow-ups, in Dutch, by case label, read only', async () => {
    const labels = { [STARTED.caseRef]: { label: 'KD-2026-0412', url: 'http://localhost:4300/klassiek/dossier/KD-2026-0412' } };
    render(<SidePanelApp texts={textsFor('nl')} load={async () => ({ ...response(), answers: answers(), labels })} updateStatus={vi.fn()} />);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-answer]').length).toBe(2));
    expect(screen.getByRole('heading', { name: 'Antwoorden van organisaties' })).toBeTruthy();
    const started = document.querySelector(`[data-answer="${STARTED.id}"]`)!;
    expect(started.querySelector('[data-request-state]')?.getAttribute('data-request-state')).toBe('started');
    expect(started.textContent).toContain('Verzoek: gestart');
    expect(started.textContent).toContain('Humanitas');
    expect(started.querySelector('a[data-case-link]')?.textContent).toBe('KD-2026-0412');
    // The organisation's answer: nothing to click but the case link.
    expect(started.querySelectorAll('button')).toHaveLength(0);
    const declined = document.querySelector(`[data-answer="${OLD.id}"]`)!;
    expect(declined.textContent).toContain('afgewezen door de organisatie');
    expect(declined.textContent).toContain(`#${OLD.caseRef.slice(0, 6)}`);
  });

  it('speaks English when that is picked, and shows no section without answers', async () => {
    render(<SidePanelApp texts={textsFor('en')} load={async () => ({ ...response(), answers: answers() })} updateStatus={vi.fn()} />);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-answer]').length).toBe(2));
    expect(screen.getByRole('heading', { name: 'Answers from organisations' })).toBeTruthy();
    expect(document.querySelector(`[data-answer="${STARTED.id}"]`)!.textContent).toMatch(/Request: started/);
    cleanup();
    render(<SidePanelApp texts={textsFor('nl')} load={async () => ({ ...response(), answers: [] })} updateStatus={vi.fn()} />);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-follow-up]').length).toBe(2));
    expect(document.querySelector('.hr-answers')).toBeNull();
  });
});
