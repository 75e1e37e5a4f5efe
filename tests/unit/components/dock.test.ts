// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDock, PANEL_WIDTH, TAB_WIDTH } from '../../../components/case-panel/dock';

/** The stylesheet the manifest puts into the case page at document start. */
const DOCK_CSS = join(import.meta.dirname, '../../../entrypoints/case-dock.content.css');

describe('docking beside the case system', () => {
  it('reserves the open or collapsed width on the root and puts the page’s own margin back when it goes', () => {
    const doc = document.implementation.createHTMLDocument('case');
    doc.documentElement.style.setProperty('margin-right', '12px');
    const dock = createDock(doc);
    dock.reserve(false);
    expect(doc.documentElement.style.getPropertyValue('margin-right')).toBe(`${PANEL_WIDTH}px`);
    expect(doc.documentElement.style.getPropertyPriority('margin-right')).toBe('important');
    dock.reserve(true);
    expect(doc.documentElement.style.getPropertyValue('margin-right')).toBe(`${TAB_WIDTH}px`);
    dock.restore();
    expect(doc.documentElement.style.getPropertyValue('margin-right')).toBe('12px');
    expect(doc.documentElement.style.getPropertyPriority('margin-right')).toBe('');
  });

  it('takes the dock stylesheet’s room away when the panel goes, where that stylesheet stays behind', () => {
    const style = document.createElement('style');
    style.textContent = readFileSync(DOCK_CSS, 'utf8');
    document.head.append(style);
    try {
      const root = document.documentElement;
      expect(getComputedStyle(root).marginRight).toBe(`${PANEL_WIDTH}px`);
      const dock = createDock(document);
      dock.reserve(true);
      expect(getComputedStyle(root).marginRight).toBe(`${TAB_WIDTH}px`);
      dock.restore();
      expect(getComputedStyle(root).marginRight).toBe('0px');
    } finally {
      style.remove();
      document.documentElement.style.removeProperty('margin-right');
    }
  });

  it('reserves in its stylesheet the same default width the panel opens with', () => {
    const css = readFileSync(DOCK_CSS, 'utf8');
    expect(css).toMatch(new RegExp(`html\\s*\\{\\s*margin-right:\\s*${PANEL_WIDTH}px !important;\\s*\\}`));
  });
});
