import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql instance: Node (and so type-graphql and Apollo) load graphql's CommonJS entry; without
  // this alias Vite would hand test code the ESM entry and schemas would cross "realms".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
