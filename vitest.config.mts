import { defineConfig } from 'vitest/config';
import { SHORT_LIVED_NODE_FLAGS } from './test/support/short-lived-node.js';

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
    // The workers live as long as the suite, yet each runs PGlite's statements for seconds, not hours (see the file).
    execArgv: [...SHORT_LIVED_NODE_FLAGS],
    // One module graph per worker instead of one per file: re-importing src/ (type-graphql's schema,
    // Apollo, PGlite) for each of ~140 files cost more than the tests themselves. Tests share no
    // mutable module state (no module mocks, stubbed globals or fake timers; each builds its own
    // gateway, emulators and store), which the whole suite passing in either mode confirms.
    isolate: false,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core CI machine. Much of
    // the suite waits (child processes starting, provider latency and timeouts, leases), so three
    // workers overlap that waiting: 161 s with one worker, 74 s with three, 69 s with four, measured
    // on 2 cores (three keeps timing-sensitive tests well away from starving).
    maxWorkers: 3,
    reporters: ['default'],
  },
});
