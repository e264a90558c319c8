import { Field, InputType } from 'type-graphql';
import type { ProviderName } from '../../domain/resources';
import { Provider } from './provider.enum';

@InputType('TagFilter', { description: 'A tag the resource must carry: the key, and the value when given.' })
export class TagFilter {
  @Field(() => String, { description: 'The tag key, matched exactly.' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Unset: any value.' })
  value?: string | null;
}

/**
 * The filter fields of every resource list: which partitions are asked, which native ids, which
 * names. Each <Resource>Filter extends it (type-graphql inherits a decorated input's fields; this
 * type itself is not in the schema because nothing references it).
 */
@InputType('ResourceFilter')
export class ResourceFilter {
  @Field(() => [Provider], { nullable: true, description: 'Only partitions of these providers; the others are not called.' })
  providers?: ProviderName[] | null;

  @Field(() => [String], { nullable: true, description: "Only partitions of these accounts (names in netplane's configuration); the others are not called." })
  accounts?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only partitions in these region ids; the others are not called.' })
  regions?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Native ids, pushed down to the provider (Alibaba NetworkInterfaceId.N, AllocationId, Filter HaVipId / VbrId, BgpPeerId; Huawei `id` query parameters) except Huawei VIF peers, which the gateway matches.',
  })
  nativeIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Names starting with this (applied by the gateway).' })
  namePrefix?: string | null;
}
