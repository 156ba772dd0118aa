// ESLint, configured once for the whole repository (`npm run lint`, run in CI).
// Formatting is Prettier's (.prettierrc.json); eslint-config-prettier turns off
// the rules that would fight it, and max-len keeps the 120-character line for
// what Prettier does not wrap (strings, comments, templates).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'site/',
      'coverage/',
      'screenshots/',
      'node_modules/',
      '**/node_modules/',
      '**/.svelte-kit/',
      'src/components/share/brand-icons.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
  },
  // The elements: Lit's rules and the custom-element rules.
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  // Tests run under Mocha in the browser. Chai's property assertions
  // (`expect(x).to.exist`) are expressions by design, and hostile fixtures
  // (a document with a wrong shape, a page's axe global) are typed `any` on purpose.
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'test/**/*.mjs'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // A wait that gives up after 1 s fails on a busy machine (docs/guides/testing.md).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil'],
              message: 'Use until(check, what) from test/helpers/until.ts: it waits as long as a busy machine needs.',
            },
          ],
        },
      ],
    },
  },
  prettier,
  {
    rules: {
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `interface WindowEventMap extends BtwEventMap {}` is how a global map is extended.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
);
