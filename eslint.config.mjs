// Import boundaries of DESIGN.md, enforced here rather than by memory:
//  - domain imports nothing from the other layers;
//  - providers never import each other, the gateway or the GraphQL layer;
//  - an adapter (anything in a provider outside emulator/) never imports its emulator;
//  - emulators never import their provider's client/adapter/mapping (they meet over HTTP only);
//  - the GraphQL layer reaches providers only through the ProviderAdapter contract (domain);
//  - the cache wraps adapters and knows only the domain contract;
//  - the gateway serves the GraphQL layer and never reaches a provider or the composition root;
//  - config is read by the composition root: it imports no layer that runs requests;
//  - observability (metrics, traces) implements the observers lower layers declare: those layers,
//    and the providers in particular, never import it;
//  - app/ (the composition root) is imported only by the entry points.
// Request state travels explicitly (RequestScope, src/domain/request-scope.ts), never in async
// context: only the files listed in ASYNC_CONTEXT_FILES may import async_hooks.
// ESLint keeps one options object per rule and file (the last matching entry wins), so every
// layer lists NOT_APP itself rather than relying on a shared entry.
import tseslint from 'typescript-eslint';

const NOT_APP = { group: ['**/app', '**/app/**'], message: 'only the entry points (src/main.ts, src/emulators-main.ts) import the composition root (src/app)' };

/**
 * The only user of async context: OpenTelemetry propagates span context that way by design. Request
 * and call state (the scope, a mutation's deadline and attempts, the request id on log lines) is
 * passed explicitly.
 */
const ASYNC_CONTEXT_FILES = ['src/observability/tracing.ts'];
const ASYNC_HOOKS = '/^(node:)?async_hooks$|context-async-hooks$/';
const NO_ASYNC_CONTEXT =
  'Pass request state explicitly (RequestScope, src/domain/request-scope.ts; the GraphQL context), not through async_hooks/AsyncLocalStorage: ' +
  'async context hides which calls a request pays for, reaches work that outlives the request (background pollers, calls joined by another request) ' +
  'and cannot be seen in a signature. Only the files in ASYNC_CONTEXT_FILES (eslint.config.mjs) may use it.';

const layer = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, NOT_APP] }] },
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
  {
    files: ['src/**'],
    ignores: ASYNC_CONTEXT_FILES,
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `ImportDeclaration[source.value=${ASYNC_HOOKS}]`, message: NO_ASYNC_CONTEXT },
        { selector: `ImportExpression[source.value=${ASYNC_HOOKS}]`, message: NO_ASYNC_CONTEXT },
        { selector: `CallExpression[callee.name='require'][arguments.0.value=${ASYNC_HOOKS}]`, message: NO_ASYNC_CONTEXT },
      ],
    },
  },
  layer(['src/**'], [], ['src/main.ts', 'src/emulators-main.ts', 'src/app/**']),
  layer(['src/domain/**'], [
    { group: ['**/observability', '**/observability/**', '**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/providers', '**/providers/**', '**/store', '**/store/**', '**/config', '**/config/**'], message: 'domain imports nothing from the other layers' },
  ]),
  layer(['src/graphql/**'], [
    { group: ['**/observability', '**/observability/**', '**/providers', '**/providers/**'], message: 'the GraphQL layer talks to providers only through the ProviderAdapter contract (src/domain)' },
  ]),
  layer(['src/cache/**'], [
    { group: ['**/observability', '**/observability/**', '**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/providers', '**/providers/**', '**/config', '**/config/**', '**/store', '**/store/**'], message: 'the cache wraps adapters through the domain contract only' },
  ]),
  layer(['src/gateway/**'], [
    { group: ['**/providers', '**/providers/**'], message: 'the gateway reaches providers only through the adapters it is given (src/app composes them)' },
  ]),
  layer(['src/observability/**'], [
    { group: ['**/gateway', '**/gateway/**', '**/config', '**/config/**', '**/store', '**/store/**', '**/alibaba', '**/alibaba/**', '**/huawei', '**/huawei/**'], message: 'observability implements the observer interfaces of the layers below; it serves no requests and knows no provider' },
  ]),
  layer(['src/store/**'], [
    { group: ['**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/providers', '**/providers/**', '**/cache', '**/cache/**', '**/auth', '**/auth/**', '../operations', '../operations/**', '**/observability', '**/observability/**'], message: 'the store keeps data for the layers above: it imports only the domain (and its configuration types)' },
  ]),
  layer(['src/auth/**'], [
    { group: ['**/gateway', '**/gateway/**', '**/providers', '**/providers/**', '**/store', '**/store/**', '**/operations', '**/operations/**', '**/cache', '**/cache/**'], message: 'auth turns credentials into principals and grants: it serves no requests and knows no provider' },
  ]),
  layer(['src/operations/**'], [
    { group: ['**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/alibaba', '**/alibaba/**', '**/huawei', '**/huawei/**'], message: 'operations follow changes through the adapter contract and the store; they know no provider and no GraphQL' },
  ]),
  layer(['src/config/**'], [
    {
      regex: '(^|/)(gateway|cache|providers|store)(/|$)|(^|/)graphql(/(?!common/page-limits$)|$)',
      message: 'configuration is plain data: it imports no layer that serves requests (only the page-size ceiling of the GraphQL layer)',
    },
  ]),
  layer(['src/providers/common/**'], [
    { group: ['**/observability', '**/observability/**', '**/alibaba', '**/alibaba/**', '**/huawei', '**/huawei/**', '**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/config', '**/config/**'], message: 'providers/common is shared by providers and depends on none of them' },
  ]),
  layer(['src/providers/alibaba/**'], [
    { group: ['**/observability', '**/observability/**', '**/huawei', '**/huawei/**', '**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/config', '**/config/**', '**/store', '**/store/**'], message: 'providers never import each other or upper layers' },
  ]),
  layer(['src/providers/huawei/**'], [
    { group: ['**/observability', '**/observability/**', '**/alibaba', '**/alibaba/**', '**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/config', '**/config/**', '**/store', '**/store/**'], message: 'providers never import each other or upper layers' },
  ]),
  {
    files: ['src/providers/*/*.ts'],
    ignores: ['src/providers/*/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/emulator', '**/emulator/**', './emulator', '**/observability', '**/observability/**', '**/alibaba', '**/alibaba/**', '**/huawei', '**/huawei/**', '**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/config', '**/config/**'], message: 'an adapter never imports its emulator (they meet only over HTTP) nor another provider' },
        NOT_APP,
      ] }],
    },
  },
  {
    files: ['src/providers/*/emulator/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['../client', '../adapter', '../mapping', '../../alibaba', '../../alibaba/**', '../../huawei', '../../huawei/**', '**/gateway', '**/gateway/**', '**/graphql', '**/graphql/**', '**/config', '**/config/**'], message: 'an emulator shares only the signer, wire types and catalog with its adapter' },
        NOT_APP,
      ] }],
    },
  },
);
