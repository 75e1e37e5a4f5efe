import type { Plugin } from 'vite';

/*
 * Zod v4 decides at run time whether to compile parsers with `new Function` (lib/contracts/zod-jitless.ts
 * switches that off), but the code that probes for it and compiles stays in the bundle, and Mozilla's
 * addons-linter flags it (DANGEROUS_EVAL) whatever the switch says. This plugin takes the two string
 * evaluations out of zod's own source as the extension is bundled: the probe answers "no eval" and
 * the compiler throws. Each replacement must match exactly once; if zod's source changes shape the
 * build stops here instead of shipping eval again (and tests/e2e/firefox-lint.test.ts would say so).
 */
const REPLACEMENTS: { file: RegExp; find: RegExp; replace: string }[] = [
  {
    // util.allowsEval: `const F = Function; new F(""); return true;` inside a try.
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /const F = Function;\s*new F\(""\);\s*return true;/,
    replace: 'return false; // Handreiking: no string evaluation in the extension',
  },
  {
    // Doc.compile builds a parser from source text; only reachable when allowsEval is true.
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    find: /compile\(\) \{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/,
    replace: 'compile() { throw new Error("Handreiking builds zod without string evaluation (jitless)"); }',
  },
];

export function noEvalInZod(): Plugin {
  return {
    name: 'handreiking:no-eval-in-zod',
    enforce: 'pre',
    transform(code, id) {
      const rule = REPLACEMENTS.find((r) => r.file.test(id.split('?')[0] ?? id));
      if (!rule) return null;
      const matches = code.match(new RegExp(rule.find.source, 'g'))?.length ?? 0;
      if (matches !== 1) this.error(`${id}: expected zod's string evaluation once, found it ${matches} times; update lib/build/no-eval-in-zod.ts for this zod version`);
      return { code: code.replace(rule.find, rule.replace), map: null };
    },
  };
}
