// ESLint for `npm run lint` (flat config). Layout is Prettier's job (prettier.config.mjs), so no
// stylistic rules here; lit-analyzer (`npm run lint:lit`) type-checks the templates' bindings.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist/', 'site/', '.scratch/', 'node_modules/', 'test/screenshots/']},

  js.configs.recommended,

  // TypeScript, with type information from tsconfig.json (src/ and test/).
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
      globals: globals.browser,
    },
    rules: {
      // @open-wc/semantic-dom-diff types every chai `equal` as a Promise (for its async `.dom` form, unused
      // here), so a plain `expect(x).to.equal(y)` would count as floating. Other promises are still checked.
      '@typescript-eslint/no-floating-promises': ['error', {allowForKnownSafeCalls: [{from: 'package', package: 'chai', name: 'Equal'}]}],
      // As tsc's noUnusedParameters: a parameter named `_x` is unused on purpose (an override's signature).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Lit calls a template's `@event=${this.handler}` with `this` set to the host, so methods need no binding.
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  {
    files: ['test/**/*.ts'],
    rules: {
      // Chai's property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },

  // Plain JavaScript: the browser scripts of the demo and the test pages, and the Node tooling.
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.recommended],
    rules: {
      // Plain JS has no type annotations to say "no return value": allow `() => void x`, `void promise`.
      '@typescript-eslint/no-unused-expressions': ['error', {allowShortCircuit: true, allowTernary: true}],
    },
  },
  {files: ['demo/**/*.js', 'test/pages/**/*.js', 'test/bench/*.js'], languageOptions: {globals: globals.browser}},
  {files: ['**/*.mjs'], languageOptions: {globals: globals.node}},

  // The element and everything that renders: Lit's and the web-components rules.
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'test/bench/*.js', 'demo/**/*.js', 'test/pages/**/*.js'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    settings: {wc: {elementBaseClasses: ['LitElement', 'ReactiveElement', 'BaseElement']}},
    rules: {
      // The element extends LitElement, which implements every lifecycle callback: a guard would never be false.
      'wc/guard-super-call': 'off',
    },
  },
);
