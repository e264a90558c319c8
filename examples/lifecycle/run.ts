/**
 * npm run example:lifecycle — the full lifecycle on both clouds against a running netplane
 * (by default the demo of `npm start` at http://127.0.0.1:4000/graphql; NETPLANE_URL overrides).
 * Exits 0 and ends with `lifecycle: <N> mutations on 2 providers, fleet unchanged`.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { LifecyclePartitionsDocument, type Provider } from './generated/graphql';
import { fleetFingerprint, Lifecycle, type LifecycleClient, type Partition } from './lifecycle';

const url = process.env['NETPLANE_URL'] ?? 'http://127.0.0.1:4000/graphql';
const tickMs = Number(process.env['LIFECYCLE_TICK_MS'] ?? 500);

const client: LifecycleClient = {
  async run<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: R; errors?: Array<{ message: string }> };
    if (body.errors?.length || !body.data) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
    return body.data;
  },
  tick: () => new Promise((resolve) => setTimeout(resolve, tickMs)),
  log: (line) => console.log(line),
};

async function main(): Promise<void> {
  const { networkInterfaces } = await client.run(LifecyclePartitionsDocument, {});
  const providers: Provider[] = ['ALIBABA', 'HUAWEI'];
  const partitions: Partition[] = providers.map((provider) => {
    const found = networkInterfaces.partitions.find((p) => p.provider === provider && p.ok);
    if (!found) throw new Error(`no healthy ${provider} partition at ${url}`);
    return { provider, account: found.account, region: found.region };
  });
  const lifecycle = new Lifecycle(client);
  for (const partition of partitions) {
    const before = fleetFingerprint(await lifecycle.fleetAtRest(partition));
    await lifecycle.run(partition);
    const after = fleetFingerprint(await lifecycle.fleetAtRest(partition));
    if (after !== before) throw new Error(`${partition.provider} ${partition.account}/${partition.region}: the fleet differs from before the lifecycle`);
  }
  console.log(`lifecycle: ${lifecycle.mutations} mutations on ${partitions.length} providers, fleet unchanged`);
}

main().catch((err: unknown) => {
  console.error(`lifecycle failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
