import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Clients of optional backends (Redis, PostgreSQL, the OTLP trace exporter) are loaded when the
 * configuration asks for them (src/app/compose.ts, src/store/store.ts, src/app/observability.ts,
 * src/gateway/rate-limit/open-rate-limiter.ts): a gateway without them does not carry ~15 MB of
 * their code. Checked in a fresh process, where nothing else has loaded them.
 */
const root = resolve(__dirname, '..', '..');

describe('the composition root', () => {
  it('loads no Redis, PostgreSQL or OTLP exporter client until the configuration asks for one', () => {
    const script = `
      require('reflect-metadata');
      require('./src/app/compose');
      const loaded = Object.keys(require.cache).filter((p) => /node_modules\\/(ioredis|pg|@opentelemetry\\/exporter-trace-otlp-http|@opentelemetry\\/sdk-trace-node)\\//.test(p));
      console.log(JSON.stringify({ compose: Object.keys(require.cache).some((p) => p.endsWith('src/app/compose.ts')), loaded }));
    `;
    // Node with tsx's loader: one process, not tsx's command and the node it starts.
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop() ?? '{}')).toEqual({ compose: true, loaded: [] });
  });
});
