/*
 * The plugin channel's constants, apart from the schemas in plugin-messages.ts, so that the loader
 * (plugin/loader.ts) can name them without bundling zod.
 */

/** Every message carries it, so that the page's other postMessage traffic is told apart. */
export const PLUGIN_CHANNEL = 'handreiking-plugin/v1';
/** The versioned path the API serves the plugin at: the loader, the frame page and its assets. */
export const PLUGIN_PATH = '/plugin/v1/';
