/**
 * `npm run lint` (also a step of `npm test`): typescript-eslint's recommended
 * rules (not the type-checked set: the lint must stay fast), and for the
 * widgets and stories the Lit template rules and Lit's accessibility rules.
 */
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'storybook-static/**', 'packages/*/src/**/generated/**', 'packages/mocks/public/**', 'bench/results.json'],
  },
  {
    files: ['packages/*/src/**/*.ts', 'tests/**/*.ts', 'stories/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      // `_`-prefixed names are deliberately unused (a destructured field left out of a copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['packages/components/src/**/*.ts', 'packages/office/src/**/*.ts', 'stories/**/*.ts', 'tests/components/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended],
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The server tests still read some bodies as `any`; shown as warnings until they use the contract's types.
    files: ['tests/server/**/*.ts', 'tests/support/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'warn' },
  },
);
