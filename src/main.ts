import './app/production-mode';
import 'reflect-metadata';
import pino from 'pino';
import { ConfigError, loadConfig } from './config/load';
import { ListenError } from './gateway/listen-error';
import { exitOnTermination } from './app/shutdown';

/** `npm start`: the gateway with GraphiQL, backed by the embedded emulators unless configured otherwise. */
async function main(): Promise<void> {
  const config = loadConfig();
  // The application (~1,300 modules: type-graphql, Apollo, PGlite, both providers) loads once the
  // configuration is known good: a mistake in it is answered in a fraction of a second.
  const { startNetplane } = await import('./app/compose.js');
  // Request logs are there at LOG_LEVEL=info; by default the console shows the one startup line.
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' });
  const netplane = await startNetplane(config, { logger });
  const partitions = netplane.adapters.reduce((n, a) => n + a.partitions().length, 0);
  const emulators = [
    netplane.emulators.alibaba && `alibaba ${netplane.emulators.alibaba.url}`,
    netplane.emulators.huawei && `huawei ${netplane.emulators.huawei.url}`,
  ].filter(Boolean);
  // Before the ready line: whoever waits for it (a supervisor, a test) may signal at once.
  exitOnTermination(netplane, { graceMs: config.gateway.shutdownGraceMs });
  console.log(
    `netplane ready: ${config.gateway.graphiql ? 'GraphQL and GraphiQL' : 'GraphQL (GraphiQL off)'} at ${netplane.gatewayUrl} — ` +
      `${config.alibaba.length + config.huawei.length} accounts, ${partitions} partitions` +
      (emulators.length ? `, emulators: ${emulators.join(', ')}` : '') +
      ` (config: ${config.source})`,
  );
}

main().catch((err: unknown) => {
  // A bad config, a port in use or an address the gateway cannot listen on is the user's to fix:
  // one clear line, no stack trace. (The emulators word their own port-in-use error.)
  const userFixable = err instanceof ConfigError || err instanceof ListenError || (err instanceof Error && /already in use/.test(err.message));
  const message = userFixable ? err.message : undefined;
  if (message) console.error(`netplane: ${message}`);
  else console.error('netplane failed to start:', err);
  process.exit(1);
});
