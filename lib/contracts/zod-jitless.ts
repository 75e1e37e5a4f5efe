import { config } from 'zod/v4/core';

/*
 * Imported first by every extension entry that parses with zod (background, options, side panel,
 * dashboard). Zod v4 compiles a fast object parser with `new Function`; extensions must not
 * evaluate strings (MV3's CSP forbids it, and Mozilla's review flags it), so the JIT is off before
 * the first schema is built. The build also removes the code itself (lib/build/no-eval-in-zod.ts).
 * Not for the server: there the JIT is allowed and faster.
 */
config({ jitless: true });
