import type { Plugin } from 'vite';

/*
 * Preact writes `dangerouslySetInnerHTML` into the DOM with `dom.innerHTML = html.__html`. No
 * component of ours uses that prop (eslint.config.js forbids it: the panel shows case-page text,
 * which must never become markup), but the assignment sits in Preact's diff and Mozilla's
 * addons-linter flags it (UNSAFE_VAR_ASSIGNMENT). This plugin replaces that one assignment in
 * Preact's bundle with a throw, so the extension holds no innerHTML sink at all. Clearing
 * (`innerHTML = ""`) stays. Must match exactly once, or the build stops.
 */
const PREACT_ESM = /[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/;
const SINK = /\(\s*(\w+)\.innerHTML\s*=\s*(\w+)\.__html\s*\)/g;

export function noInnerHtmlInPreact(): Plugin {
  return {
    name: 'handreiking:no-inner-html-in-preact',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_ESM.test(id.split('?')[0] ?? id)) return null;
      const matches = code.match(SINK)?.length ?? 0;
      if (matches !== 1) this.error(`${id}: expected Preact's innerHTML assignment once, found it ${matches} times; update lib/build/no-inner-html-in-preact.ts for this Preact version`);
      return { code: code.replace(SINK, '(()=>{throw new Error("dangerouslySetInnerHTML is not used in Handreiking")})()'), map: null };
    },
  };
}
