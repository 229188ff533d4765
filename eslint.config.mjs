// ESLint for `npm run lint` (flat config). Layout is Prettier's job (prettier.config.mjs), so no
// stylistic rules here; lit-analyzer (`npm run lint:lit`) type-checks the templates' bindings.
import {dirname, relative, resolve} from 'node:path';
import js from '@eslint/js';
import {createTypeScriptImportResolver} from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of src/, lowest first: a module may import from its own folder and from the layers
// below it, never from one above, nor from a sibling in its own layer (a view never imports a
// controller, nor a controller a view). `src/coordinator-check.ts` and `src/model.ts` are the
// package's entries, above the element; the embed and check pages are a product of their own on top.
const LAYERS = [
  ['internal'],
  ['model'],
  ['i18n'],
  ['config'],
  ['platform'],
  ['controllers', 'views'],
  ['coordinator-check'],
  ['(entry)'],
  ['embed'],
];
const srcRoot = resolve(import.meta.dirname, 'src');
/** The folder of src/ a file belongs to, `(entry)` for a file at the top, or undefined outside src/. */
const folderOf = (file) => {
  const path = relative(srcRoot, file);
  if (path.startsWith('..')) return undefined;
  return path.includes('/') ? path.split('/')[0] : '(entry)';
};
const layerOf = (folder) => LAYERS.findIndex((layer) => layer.includes(folder));
const layers = {
  rules: {
    'imports-go-down': {
      meta: {
        type: 'problem',
        messages: {
          up: '{{from}}/ may not import from {{to}}/: imports in src/ only go down a layer ({{order}}).',
          unknown: '{{folder}}/ is in no layer: add it to LAYERS in eslint.config.mjs.',
          dynamic: 'an import in src/ must name its module in a plain string, so its direction can be checked.',
        },
      },
      create(context) {
        const from = folderOf(context.filename);
        const order = LAYERS.map((l) => l.join(' | ')).join(' < ');
        /** `source` is the node naming the module: a string literal, a template literal, or anything else. */
        const check = (source) => {
          if (!from || !source) return;
          if (layerOf(from) < 0) return context.report({node: source, messageId: 'unknown', data: {folder: from}});
          const spec =
            source.type === 'Literal'
              ? source.value
              : source.type === 'TemplateLiteral' && !source.expressions.length
                ? source.quasis[0].value.cooked
                : undefined;
          if (typeof spec !== 'string') return context.report({node: source, messageId: 'dynamic'});
          if (!spec.startsWith('.')) return;
          const to = folderOf(resolve(dirname(context.filename), spec));
          if (!to || to === from) return;
          if (layerOf(to) < 0) return context.report({node: source, messageId: 'unknown', data: {folder: to}});
          if (layerOf(to) < layerOf(from)) return;
          context.report({node: source, messageId: 'up', data: {from, to, order}});
        };
        return {
          ImportDeclaration: (node) => check(node.source),
          ExportNamedDeclaration: (node) => node.source && check(node.source),
          ExportAllDeclaration: (node) => check(node.source),
          ImportExpression: (node) => check(node.source),
          // `import('../x.js').Type` in a type.
          TSImportType: (node) => check(node.argument?.literal ?? node.argument),
        };
      },
    },
  },
};

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
      // node:test's describe and it return promises that its runner awaits (test/unit/).
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {from: 'package', package: 'chai', name: 'Equal'},
            {from: 'package', package: 'node:test', name: ['describe', 'it']},
          ],
        },
      ],
      // As tsc's noUnusedParameters: a parameter named `_x` is unused on purpose (an override's signature).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  // The direction of imports in src/, and no cycles anywhere in it (type imports included).
  {
    files: ['src/**/*.ts'],
    plugins: {layers, 'import-x': importX},
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({project: './tsconfig.json'})],
      'import-x/parsers': {'@typescript-eslint/parser': ['.ts']},
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {
      'layers/imports-go-down': 'error',
      'import-x/no-cycle': ['error', {ignoreExternal: true}],
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
