/*
 * How wide the open panel is (issue 12 #15). On a 1024-pixel screen 360 pixels is a third of the
 * case system's room, so the professional can narrow it (or widen it on a big screen), by mouse
 * or keyboard, and the width is remembered. The page reflows into what is left (the dock), so the
 * panel never covers the case system's controls.
 */

export const DEFAULT_WIDTH = 360;
export const MIN_WIDTH = 260;
export const MAX_WIDTH = 640;
/** One press of an arrow key on the resize handle. */
export const WIDTH_STEP = 20;
/** The case system keeps at least this share of the window. */
const MAX_SHARE_OF_WINDOW = 0.5;

/** A width that fits: between the limits, and never more than half the window. */
export function clampWidth(width: number, windowWidth: number): number {
  const most = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(windowWidth * MAX_SHARE_OF_WINDOW)));
  if (!Number.isFinite(width)) return Math.min(DEFAULT_WIDTH, most);
  return Math.round(Math.min(most, Math.max(MIN_WIDTH, width)));
}

/** A stored value read back: a number, else the default. */
export function widthOf(stored: unknown): number {
  return typeof stored === 'number' && Number.isFinite(stored) ? stored : DEFAULT_WIDTH;
}
