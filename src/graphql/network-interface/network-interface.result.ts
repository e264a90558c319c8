import { Field, ObjectType } from 'type-graphql';
import type { NetworkInterface as NetworkInterfaceModel } from '../../domain/resources';
import type { NodeOf } from '../common/node.interface';
import { resultUnion } from '../errors/result-union.factory';
import { NetworkInterface } from './network-interface.type';

@ObjectType('CreateNetworkInterfaceSuccess')
export class CreateNetworkInterfaceSuccess {
  @Field(() => NetworkInterface, { nullable: true, description: 'The new interface, read back from the provider (null if that read failed).' })
  networkInterface!: NodeOf<NetworkInterfaceModel> | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;
}

@ObjectType('AssignPrivateIpAddressesSuccess')
export class AssignPrivateIpAddressesSuccess {
  @Field(() => NetworkInterface, { nullable: true, description: 'The interface, read back from the provider after the change (null if that read failed).' })
  networkInterface!: NodeOf<NetworkInterfaceModel> | null;

  @Field(() => [String], { description: 'The secondary private addresses the provider assigned.' })
  assignedPrivateIps!: string[];

  @Field(() => String, { nullable: true })
  requestId!: string | null;
}

export const createNetworkInterfaceResult = () => resultUnion('createNetworkInterface', CreateNetworkInterfaceSuccess);
export const assignPrivateIpAddressesResult = () => resultUnion('assignPrivateIpAddresses', AssignPrivateIpAddressesSuccess);
