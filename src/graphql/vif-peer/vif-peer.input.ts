import { Field, InputType } from 'type-graphql';
import { ResourceFilter } from '../common/resource-filter';
import type { VifPeerStatus as StatusValue } from '../../domain/resources';
import { VifPeerStatus } from './vif-peer.type';

@InputType('VifPeerFilter', { description: 'Lists mean "any of"; unset or empty matches everything.' })
export class VifPeerFilter extends ResourceFilter {
  @Field(() => [VifPeerStatus], { nullable: true, description: 'Normalized statuses (applied by the gateway).' })
  statuses?: StatusValue[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Native id of the virtual interface (pushed down: Alibaba RouterId; Huawei `id` of the virtual-interfaces list).',
  })
  virtualInterfaceId?: string | null;
}
