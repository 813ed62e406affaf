import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/**
 * The Astro ecosystem's usual flat config: ESLint's and typescript-eslint's
 * recommended rules, eslint-plugin-astro for .astro files, and jsx-a11y for
 * the Preact islands. Formatting is Prettier's job (npm run format).
 */
export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/.output/', '.astro/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    // eslint-plugin-astro has registered the jsx-a11y plugin; the islands get its rules too.
    files: ['**/*.tsx'],
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // Preact writes <label for>, not React's htmlFor.
    settings: { 'jsx-a11y': { attributes: { for: ['htmlFor', 'for'] } } },
    rules: {
      // `_`-prefixed names say "unused on purpose" (a destructured field left out).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
