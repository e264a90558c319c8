import { Field, InputType } from 'type-graphql';
import { ResourceFilter } from '../common/resource-filter';
import type { VirtualInterfaceStatus as StatusValue } from '../../domain/resources';
import { VirtualInterfaceStatus } from './virtual-interface.type';

@InputType('VirtualInterfaceFilter', { description: 'Lists mean "any of"; unset or empty matches everything.' })
export class VirtualInterfaceFilter extends ResourceFilter {
  @Field(() => [VirtualInterfaceStatus], { nullable: true, description: 'Normalized statuses (applied by the gateway).' })
  statuses?: StatusValue[] | null;
}
