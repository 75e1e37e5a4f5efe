/*
 * Whether the plugin's frame may keep anything. Its sign-in, the team's key and the records live
 * in the frame's own storage (docs/plugin.md); a browser that blocks third-party storage (a user's
 * setting, a private window) refuses every access from a frame of another site with a
 * SecurityError. Without this check the frame died on its first read and showed an empty box.
 */

/** True when the storage answers; false when the browser refuses this frame any storage. */
export function frameStorageUsable(storage: () => Pick<Storage, 'getItem'> = () => window.localStorage): boolean {
  try {
    storage().getItem('handreiking.plugin.probe');
    return true;
  } catch {
    return false;
  }
}
