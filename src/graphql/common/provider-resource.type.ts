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
  @Field(() => Provider)
  provider!: ProviderName;

  @Field(() => String)
  account!: string;

  @Field(() => String)
  region!: string;

  @Field(() => String, { description: "The provider's own id (eni-…, eip-…, havip-…, bgp-…, vbr-… on Alibaba; a UUID on Huawei)." })
  nativeId!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { description: "The provider's verbatim status (e.g. InUse, PENDING_CREATE)." })
  providerStatus!: string;
}
