import { createApp } from '../../server/app';
import { vendorCredentials } from '../../server/plugin/vendor-credentials';
import { PLUGIN_FIXTURE, VENDOR_ORIGIN, type World } from './harness';

/** The vendor's secret in the plugin's server tests. */
export const VENDOR_SECRET = 'v'.repeat(40);

/**
 * The app of a test world in which ZorgRegie is a registered vendor for team A, launching from
 * `vendorOrigin`, and the configured embedding origin is the harness's VENDOR_ORIGIN.
 */
export function vendorApp(w: World, vendorOrigin = VENDOR_ORIGIN) {
  return createApp({
    db: w.db,
    now: () => new Date(w.clock.now),
    plugin: {
      dir: PLUGIN_FIXTURE,
      embedOrigins: [VENDOR_ORIGIN],
      vendors: vendorCredentials([{ name: 'ZorgRegie', secret: VENDOR_SECRET, origin: vendorOrigin, teams: [w.teamA.id] }]),
    },
  });
}
