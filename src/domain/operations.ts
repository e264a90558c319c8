import type { ProviderName } from './resources';

/**
 * netplane's mutations and, per provider, the provider operation that carries each one out.
 * A provider missing from a row does not offer that mutation (the gateway answers
 * UnsupportedOperation without calling it).
 */
export const MUTATION_OPERATIONS = {
  createNetworkInterface: { ALIBABA: 'CreateNetworkInterface' },
  assignPrivateIpAddresses: { ALIBABA: 'AssignPrivateIpAddresses' },
  associateElasticIp: { ALIBABA: 'AssociateEipAddress' },
  bindVirtualIp: { HUAWEI: 'AssociateServerVirtualIp' },
  createVifPeer: { HUAWEI: 'CreateVifPeer' },
} as const satisfies Record<string, Partial<Record<ProviderName, string>>>;

export type MutationName = keyof typeof MUTATION_OPERATIONS;
export const MUTATION_NAMES = Object.keys(MUTATION_OPERATIONS) as MutationName[];

export function providerOperation(mutation: MutationName, provider: ProviderName): string | undefined {
  const row: Partial<Record<ProviderName, string>> = MUTATION_OPERATIONS[mutation];
  return row[provider];
}

/** Providers that offer a mutation. */
export function providersOf(mutation: MutationName): ProviderName[] {
  return Object.keys(MUTATION_OPERATIONS[mutation]) as ProviderName[];
}
