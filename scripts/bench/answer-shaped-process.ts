/**
 * Target 5's reference on the owner's stack: a bare Apollo Server 5 (startStandaloneServer) with
 * netplane's two execution-path pieces and nothing else — a renamed document validated once
 * (src/gateway/renamed-documents.ts) and hot documents executed by graphql-jit
 * (src/gateway/compiled-execution.ts) — over netplane's schema as checked in
 * (schema/schema.graphql, its path the first argument), each root field answering the page's own data — already in the
 * answer's shape, set by the `data` command — with no resolver below: no cache, no partitions, no
 * joins, no ids or cursors to encode, no cost or limit checks, no compression. Serving the same
 * documents as the executed page, its CPU per page is what parsing, validating, executing and
 * serializing that answer costs on this stack at least. Commands: `data` (the page's `data`),
 * `cpu` (the process's CPU time).
 */
import '../../src/app/production-mode';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { CompiledExecution } from '../../src/gateway/compiled-execution';
import { RenamedDocuments } from '../../src/gateway/renamed-documents';
import { announceReady, serveParent } from './child';

async function main(): Promise<void> {
  const schema = buildSchema(readFileSync(process.argv[2] ?? '', 'utf8'));
  let data: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.getQueryType()!.getFields())) field.resolve = () => data[name] ?? null;
  const { gateway, plugin } = new CompiledExecution(schema).asApolloServerOptions();
  const renamed = new RenamedDocuments();
  const server = new ApolloServer({ gateway, documentStore: renamed.store, plugins: [renamed.plugin(), plugin] });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  serveParent(
    {
      data: (payload) => {
        data = payload as Record<string, unknown>;
        return Object.keys(data).length;
      },
      cpu: () => process.cpuUsage(),
    },
    () => server.stop(),
  );
  announceReady({ url });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
