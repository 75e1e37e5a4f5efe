// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createDock, PANEL_WIDTH, TAB_WIDTH } from '../../../components/case-panel/dock';

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

  it('can be made before the root element exists (document start) and docks once it does', () => {
    const doc = document.implementation.createDocument(null, null, null) as Document;
    Object.defineProperty(doc, 'defaultView', { value: window });
    const dock = createDock(doc);
    expect(() => dock.reserve(false)).not.toThrow();
    const root = doc.createElementNS('http://www.w3.org/1999/xhtml', 'html') as HTMLElement;
    doc.appendChild(root);
    dock.reserve(false);
    expect(root.style.getPropertyValue('margin-right')).toBe(`${PANEL_WIDTH}px`);
    dock.restore();
    expect(root.style.getPropertyValue('margin-right')).toBe('');
  });
});
