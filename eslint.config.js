import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.data/**', 'tests/fixtures/pages/**', 'server/db/migrations/**', 'bench/.baseline/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Entry points import explicitly (imports: false in wxt.config.ts); keep it that way.
      'no-restricted-imports': ['error', { patterns: [{ group: ['#imports'], message: 'Import from the real module, not #imports.' }] }],
      // The panel shows case-page text: it must never become markup. The build also removes
      // Preact's innerHTML sink (lib/build/no-inner-html-in-preact.ts), so this prop would throw.
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text and elements.' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      // lib/ stays framework-free: no Preact, no WXT entry helpers.
      'no-restricted-imports': ['error', { patterns: [{ group: ['preact', 'preact/*', 'wxt/utils/define-*', '../../components/*'], message: 'lib/ is framework-free.' }] }],
    },
  },
);
