/**
 * The throughput reference: a bare Apollo Server 5 answering `{ hello }` (startStandaloneServer,
 * no plugins), in its own process like netplane's gateway.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { announceReady, serveParent } from './child';

async function main(): Promise<void> {
  const server = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  serveParent({ cpu: () => process.cpuUsage() }, () => server.stop());
  announceReady({ url });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
