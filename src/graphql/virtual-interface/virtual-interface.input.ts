import { Field, InputType } from 'type-graphql';
import type { ProviderName, VirtualInterfaceStatus as StatusValue } from '../../domain/resources';
import { Provider } from '../common/provider.enum';
import { VirtualInterfaceStatus } from './virtual-interface.type';

@InputType('VirtualInterfaceFilter', { description: 'Lists mean "any of"; unset or empty matches everything.' })
export class VirtualInterfaceFilter {
  @Field(() => String, { nullable: true, description: 'Names starting with this (applied by the gateway).' })
  namePrefix?: string | null;

  @Field(() => [Provider], { nullable: true })
  providers?: ProviderName[] | null;

  @Field(() => [String], { nullable: true })
  accounts?: string[] | null;

  @Field(() => [String], { nullable: true })
  regions?: string[] | null;

  @Field(() => [VirtualInterfaceStatus], { nullable: true })
  statuses?: StatusValue[] | null;

  @Field(() => [String], { nullable: true, description: 'Native ids (pushed down to the provider).' })
  nativeIds?: string[] | null;
}
