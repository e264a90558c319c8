import type { VirtualInterface as VirtualInterfaceModel } from '../../domain/resources';
import { commonFilters, statusFilter, type ListFilterSpec } from '../common/list-filters';
import type { NodeOf } from '../common/node.interface';
import { Field, InputType } from 'type-graphql';
import { ResourceFilter } from '../common/resource-filter';
import type { VirtualInterfaceStatus as StatusValue } from '../../domain/resources';
import { VirtualInterfaceStatus } from './virtual-interface.type';

@InputType('VirtualInterfaceFilter', { description: 'Lists mean "any of"; unset or empty matches everything.' })
export class VirtualInterfaceFilter extends ResourceFilter {
  @Field(() => [VirtualInterfaceStatus], { nullable: true, description: 'Normalized statuses (applied by the gateway).' })
  statuses?: StatusValue[] | null;
}

/** How each field of the filter is pushed down and matched (see list-filters.ts). */
export const VIRTUAL_INTERFACE_FILTERS: ListFilterSpec<NodeOf<VirtualInterfaceModel>, VirtualInterfaceFilter> = {
  ...commonFilters<NodeOf<VirtualInterfaceModel>>(),
  statuses: statusFilter(),
};
