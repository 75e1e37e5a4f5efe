// @vitest-environment jsdom
import type { ComponentChildren } from 'preact';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusActions } from '../../../components/status-actions';
import type { Registration } from '../../../lib/contracts/registration';
import { MessagesContext } from '../../../components/use-messages';
import { textsFor } from '../i18n/texts';

const Dutch = ({ children }: { children?: ComponentChildren }) => <MessagesContext.Provider value={textsFor('nl')}>{children}</MessagesContext.Provider>;

afterEach(cleanup);

const record = (status: Registration['status']): Registration => ({
  id: '0190f2a0-0000-7000-8000-0000000000f1',
  caseRef: 'f'.repeat(64),
  outcome: 'deployed',
  kind: 'buddy',
  domains: [],
  status,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z',
  version: 2,
});

describe('StatusActions: a step set by mistake (issue 12 #5)', () => {
  it('offers to go back one step, sent as a correction', () => {
    const onUpdate = vi.fn();
    render(<StatusActions registration={record('matched')} label="Maatje" busy={false} onUpdate={onUpdate} />, { wrapper: Dutch });
    fireEvent.click(screen.getByRole('button', { name: 'Per ongeluk? Terug naar aangevraagd: Maatje' }));
    expect(onUpdate).toHaveBeenCalledWith({ id: '0190f2a0-0000-7000-8000-0000000000f1', status: 'requested', correction: true });
  });

  it('offers it after a final status too, and nothing before "requested"', () => {
    render(<StatusActions registration={record('ended')} label="Maatje" busy={false} onUpdate={vi.fn()} />, { wrapper: Dutch });
    expect(screen.getByRole('button', { name: /Terug naar gestart/ })).toBeTruthy();
    cleanup();
    render(<StatusActions registration={record('requested')} label="Maatje" busy={false} onUpdate={vi.fn()} />, { wrapper: Dutch });
    expect(screen.queryByRole('button', { name: /Terug naar/ })).toBeNull();
  });
});
