// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CasePanel } from '../../../components/case-panel';
import type { OverlayApi } from '../../../components/overlay-api';
import { clampWidth, DEFAULT_WIDTH, MAX_WIDTH, MIN_WIDTH, widthOf } from '../../../components/case-panel/panel-width';
import { textsFor } from '../i18n/texts';

/* Issue 12 #15: on a narrow screen the panel can be narrowed (or widened), by mouse or keyboard, and it is remembered. */

afterEach(cleanup);

describe('panel width', () => {
  it('stays between the limits and never takes more than half the window', () => {
    expect(clampWidth(100, 1920)).toBe(MIN_WIDTH);
    expect(clampWidth(2000, 1920)).toBe(MAX_WIDTH);
    expect(clampWidth(600, 1024)).toBe(512);
    expect(clampWidth(300, 1024)).toBe(300);
    expect(clampWidth(Number.NaN, 1024)).toBe(DEFAULT_WIDTH);
    expect(widthOf('wide')).toBe(DEFAULT_WIDTH);
    expect(widthOf(300)).toBe(300);
  });

  it('is changed with the arrow keys on the panel’s edge, and each press is remembered', () => {
    const api: OverlayApi = {
      suggest: vi.fn(() => new Promise<never>(() => {})),
      search: vi.fn(),
      register: vi.fn(),
      updateStatus: vi.fn(),
      updateDetails: vi.fn(),
    } as unknown as OverlayApi;
    const onWidthChange = vi.fn();
    const { container } = render(
      <CasePanel context={null} api={api} collapsed={false} onCollapsedChange={() => undefined} width={340} onWidthChange={onWidthChange} texts={textsFor('nl')} onLocaleChange={() => undefined} />,
    );
    expect((container.querySelector('aside.hr-panel') as HTMLElement).style.width).toBe('340px');
    const handle = screen.getByRole('separator', { name: /Breedte van het paneel/ });
    expect(handle.getAttribute('aria-valuenow')).toBe('340');
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(onWidthChange).toHaveBeenLastCalledWith(360, true);
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(onWidthChange).toHaveBeenLastCalledWith(320, true);
    fireEvent.keyDown(handle, { key: 'Home' });
    expect(onWidthChange).toHaveBeenLastCalledWith(MIN_WIDTH, true);
  });
});
