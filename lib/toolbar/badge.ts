/** The badge on the toolbar button: how many follow-ups are due, nothing when none. */
export function badgeText(due: number): string {
  return due > 0 ? String(due) : '';
}

/** A red that keeps the white count readable (contrast above 4.5:1). */
export const BADGE_COLOR = '#b3261e';

/** The part of `browser.action` the badge needs. */
export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

export async function showDueFollowUps(action: BadgeApi, due: number): Promise<void> {
  await action.setBadgeText({ text: badgeText(due) });
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
}
