/**
 * The references on the owner's stack: a bare Apollo Server 5 (startStandaloneServer, no plugins),
 * in its own process like netplane's gateway, answering `{ hello }` (target 8's throughput
 * reference) and, given an Alibaba emulator's URL and an account's credentials, a mutation
 * `renameNetworkInterface` that makes the same ModifyNetworkInterfaceAttribute call through
 * netplane's own wire layer (AlibabaClient: the V3 signature, the retry layer, the transport) and
 * nothing else — no store, no journal, no cache, no authorization, no plugins. Beside the failing
 * mutation (target 7), it is the least a GraphQL gateway on this stack adds to a provider call.
 *
 *   node bare-apollo-process.js ['{"alibaba":"http://127.0.0.1:4010","accessKeyId":"…","accessKeySecret":"…"}']
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { AlibabaClient, type AlibabaCredentials } from '../../src/providers/alibaba/client';
import { HttpTransport } from '../../src/providers/common/transport';
import { announceReady, serveParent } from './child';

interface RenameArgs {
  regionId: string;
  networkInterfaceId: string;
  name: string;
}

function schemaFor(alibaba: (AlibabaCredentials & { alibaba: string }) | null) {
  const hello = { typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } };
  if (!alibaba) return { ...hello, transport: null };
  const transport = new HttpTransport();
  const client = new AlibabaClient({ credentials: alibaba, transport, endpoint: alibaba.alibaba });
  return {
    transport,
    typeDefs: `${hello.typeDefs}\ntype Mutation { renameNetworkInterface(regionId: String!, networkInterfaceId: String!, name: String!): String }`,
    resolvers: {
      ...hello.resolvers,
      Mutation: {
        // The provider's answer as one string: "ok" or its error code.
        renameNetworkInterface: async (_: unknown, args: RenameArgs) => {
          const result = await client.call(
            'ModifyNetworkInterfaceAttribute',
            { RegionId: args.regionId, NetworkInterfaceId: args.networkInterfaceId, NetworkInterfaceName: args.name },
            { safeToRepeat: false },
          );
          return result.ok ? 'ok' : result.error.code;
        },
      },
    },
  };
}

async function main(): Promise<void> {
  const { transport, ...schema } = schemaFor(process.argv[2] ? (JSON.parse(process.argv[2]) as AlibabaCredentials & { alibaba: string }) : null);
  const server = new ApolloServer(schema);
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  serveParent({ cpu: () => process.cpuUsage() }, async () => {
    await server.stop();
    await transport?.close();
  });
  announceReady({ url });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
