/**
 * V8 flags for the node processes the tests start and stop within seconds: the vitest workers
 * (vitest.config.mts), the gateways and fixtures tests spawn.
 *
 * `--liftoff-only` keeps WebAssembly on V8's baseline compiler. PGlite is PostgreSQL compiled to a
 * ~9 MB WebAssembly module, and V8 otherwise recompiles each of its functions with the optimizing
 * tier, on background threads, once it gets hot: a gateway started and left idle for 8 s took
 * 4.1 s of CPU, 2.4 s with the flag (node dist/src/main.js, embedded store). Every process pays
 * that again, and a test runs far fewer statements than the compilation would pay back; on the 2
 * cores CI runs on, that CPU is what the suite's wall time is made of. WebAssembly's semantics are
 * the same on either tier. `npm start` keeps the optimizing tier: a gateway lives for hours.
 */
export const SHORT_LIVED_NODE_FLAGS: readonly string[] = ['--liftoff-only'];
