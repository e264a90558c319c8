import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { ALIBABA, ALIBABA_CREDENTIALS } from './fleet';

/**
 * Target 7's call, as each path makes it (scripts/bench.ts and ./mutation-ab.ts): renaming an ENI
 * that does not exist in the first Alibaba account and region — through netplane
 * (`updateNetworkInterface`), with the official SDK straight to a URL (the emulator, or the relay
 * in front of it), and through bare Apollo (./bare-apollo-process.ts). Every path ends in the
 * provider's `InvalidEniId.NotFound`, so each answers after exactly one provider call.
 */
export const MISSING_ENI = 'eni-bench-missing';
export const NOT_FOUND = 'InvalidEniId.NotFound';
const [account, region] = [ALIBABA.accounts[0]!, ALIBABA.regions[0]!];
export const MUTATED_ACCOUNT = account;
export const MUTATED_REGION = region;

export const NETPLANE_MUTATION = `mutation ($input: UpdateNetworkInterfaceInput!) { updateNetworkInterface(input: $input) { __typename ... on ProviderError { code } } }`;
export const NETPLANE_VARIABLES = { input: { networkInterface: { provider: 'ALIBABA', account, region, nativeId: MISSING_ENI }, networkInterfaceName: 'renamed' } };

/** The request body for bare Apollo's `renameNetworkInterface`, whose answer is "ok" or the provider's code. */
export const BARE_APOLLO_BODY = JSON.stringify({
  query: 'mutation ($regionId: String!, $id: String!) { renameNetworkInterface(regionId: $regionId, networkInterfaceId: $id, name: "renamed") }',
  variables: { regionId: region, id: MISSING_ENI },
});

/** The official SDK's client for the account, sending to `url`. */
export const sdkTo = (url: string): Ecs => new Ecs(new $OpenApiUtil.Config({ endpoint: new URL(url).host, protocol: 'http', regionId: region, ...ALIBABA_CREDENTIALS(account) }));

/** The call through the SDK: "ok", or the code it threw with. */
export async function sdkRename(client: Ecs): Promise<string> {
  try {
    await client.modifyNetworkInterfaceAttribute(new $Ecs.ModifyNetworkInterfaceAttributeRequest({ regionId: region, networkInterfaceId: MISSING_ENI, networkInterfaceName: 'renamed' }));
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}
