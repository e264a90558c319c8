// Import boundaries of DESIGN.md, enforced here rather than by memory:
//  - domain imports nothing from the other layers;
//  - providers never import each other, the gateway or the GraphQL layer;
//  - an adapter (anything in a provider outside emulator/) never imports its emulator;
//  - emulators never import their provider's client/adapter/mapping (they meet over HTTP only);
//  - the GraphQL layer reaches providers only through the ProviderAdapter contract (domain).
import tseslint from 'typescript-eslint';

const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'public/**', 'src/generated/**', 'test/generated/**', 'examples/*/generated/**', 'dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer(['src/domain/**'], [
    { group: ['**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/providers', '**/providers/**', '**/store', '**/store/**', '**/config', '**/config/**'], message: 'domain imports nothing from the other layers' },
  ]),
  layer(['src/graphql/**'], [
    { group: ['**/providers', '**/providers/**'], message: 'the GraphQL layer talks to providers only through the ProviderAdapter contract (src/domain)' },
  ]),
  layer(['src/providers/common/**'], [
    { group: ['**/alibaba', '**/alibaba/**', '**/huawei', '**/huawei/**', '**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/config', '**/config/**'], message: 'providers/common is shared by providers and depends on none of them' },
  ]),
  layer(['src/providers/alibaba/**'], [
    { group: ['**/huawei', '**/huawei/**', '**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/config', '**/config/**', '**/store', '**/store/**'], message: 'providers never import each other or upper layers' },
  ]),
  layer(['src/providers/huawei/**'], [
    { group: ['**/alibaba', '**/alibaba/**', '**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/config', '**/config/**', '**/store', '**/store/**'], message: 'providers never import each other or upper layers' },
  ]),
  {
    files: ['src/providers/*/*.ts'],
    ignores: ['src/providers/*/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/emulator', '**/emulator/**', './emulator', '**/alibaba', '**/alibaba/**', '**/huawei', '**/huawei/**', '**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/config', '**/config/**'], message: 'an adapter never imports its emulator (they meet only over HTTP) nor another provider' },
      ] }],
    },
  },
  {
    files: ['src/providers/*/emulator/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['../client', '../adapter', '../mapping', '../../alibaba', '../../alibaba/**', '../../huawei', '../../huawei/**', '**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/config', '**/config/**'], message: 'an emulator shares only the signer, wire types and catalog with its adapter' },
      ] }],
    },
  },
);
