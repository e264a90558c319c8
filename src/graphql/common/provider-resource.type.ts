import { Field, InterfaceType } from 'type-graphql';
import type { NodeTypeName } from '../../domain/global-id';
import type { ProviderName } from '../../domain/resources';
import { Node } from './node.interface';
import { Provider } from './provider.enum';

/**
 * The fields every provider resource carries (DESIGN.md): where it lives, the provider's own id and
 * name, and the provider's verbatim status beside the normalized one each type declares. As an
 * interface it also lets a client select them once across resource types (`... on ProviderResource`).
 */
@InterfaceType('ProviderResource', {
  implements: Node,
  description: 'A resource of one provider account in one region.',
  resolveType: (value: { nodeType: NodeTypeName }) => value.nodeType,
})
export abstract class ProviderResource extends Node {
  @Field(() => Provider, { description: 'The cloud the resource lives in.' })
  provider!: ProviderName;

  @Field(() => String, { description: "The account's name in netplane's configuration (not a provider id)." })
  account!: string;

  @Field(() => String, { description: "The provider's region id, e.g. cn-hangzhou (Alibaba) or ap-southeast-1 (Huawei)." })
  region!: string;

  @Field(() => String, { description: "The provider's own id (eni-…, eip-…, havip-…, bgp-…, vbr-… on Alibaba; a UUID on Huawei)." })
  nativeId!: string;

  @Field(() => String, { nullable: true, description: "The provider's name for the resource; null when it has none." })
  name!: string | null;

  @Field(() => String, { description: "The provider's verbatim status (e.g. InUse, PENDING_CREATE)." })
  providerStatus!: string;
}
