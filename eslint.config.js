// ESLint (flat config) for the TypeScript and the browser scripts: `npm run lint`, run by .ci/run.
// ESLint with typescript-eslint was chosen over Biome for its type-aware rules (a promise nobody
// awaits or catches is this codebase's likeliest silent bug: a relay, a stream or a store write
// that fails with no one told); Biome has no full type information for them.
// Formatting is Prettier's job (.prettierrc.json), so no rule here is about layout.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['node_modules/**', 'test-results/**', 'evals/report/**', 'data/**', '.scratch/**', 'bench/results/**', 'reports/out/**'],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: globals.node,
    },
    rules: {
      // Unused names are errors, except the ones marked unused on purpose with a leading `_`
      // (a callback's position parameters, a rest sibling dropped from a copy).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // An express handler or an event listener may be async: express 5 awaits a handler's
      // promise and passes its rejection to the error middleware, and our listeners catch their
      // own errors. What stays checked is a promise where a condition expects a boolean.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      // Ports are async (a store, an index, a channel) and many implementations answer at once
      // (in memory, or a synchronous library): `async` there keeps the port's shape, and a thrown
      // error still becomes a rejection. Not a bug here, so not a rule.
      '@typescript-eslint/require-await': 'off',
      // The text rules are regex lexicons whose punctuation is escaped on purpose, so a pattern
      // reads the same inside and outside a character class; the escapes change nothing.
      'no-useless-escape': 'off',
    },
  },
  {
    // Tests, fakes, benchmarks and evals read untyped JSON (HTTP bodies, model requests, report
    // files) and assert on it or print it: typing every probe of a response would add casts, not
    // safety, and a wrong field fails the assertion anyway. Source code parses such input with zod.
    files: ['test/**/*.ts', 'testing/**/*.ts', 'bench/**/*.ts', 'evals/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      // `expect(store.method)` and handing a fake's method to a router are how tests use methods.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Browser scripts served as they are, with no build step: classic scripts (an IIFE each), not
    // modules, with the DOM's globals. The widget is type-checked too (tsconfig.widget.json).
    files: ['channels/web/public/**/*.js', 'agent-desk/web/public/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'script', globals: globals.browser },
    // Written in ES5 style for old in-app WebViews, where `catch` must name its error even when
    // the handler ignores it.
    rules: { 'no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    files: ['bin/**/*.js', 'bin/**/*.mjs', 'eslint.config.js'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'module', globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
);
