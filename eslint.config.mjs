// ESLint flat config: typescript-eslint's recommended rules for all TypeScript, ESLint's recommended rules for
// the .mjs/.js scripts, and the one architectural rule: the analysis core (server/src/core) imports nothing
// from vscode or the LSP libraries (test/core/boundary.test.ts checks the same, plus node: modules).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**', '**/out/**', '**/.work/**', '.vscode-test/**', 'test-output/**',
      '**/*.vsix', 'test/e2e/.work/**', 'bench/results/**',
    ],
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.cjs', 'bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    extends: [...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {
        argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true,
      }],
      // `import x = require()` is how some tests load CommonJS bundles.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Tests may use non-null assertions where the test has just checked the value.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `any` in a test is a smell, not a bug: reported, but it does not fail the lint.
      '@typescript-eslint/no-explicit-any': 'warn',
      // Tests use comma expressions and bare expressions for brevity; the rule stays on in shipped code.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Workbench tests run some callbacks in the page (Playwright's page.evaluate): browser globals.
    files: ['test/e2e/**', 'test/workbench/**', 'test/exthost/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The editor-free core: no vscode* import of any kind (architecture convention 1).
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['vscode', 'vscode-*', 'vscode/*', 'vscode-*/*'],
          message: 'server/src/core is editor-free: no vscode or LSP imports (see docs: architecture, convention 1).',
        }],
      }],
    },
  },
);
