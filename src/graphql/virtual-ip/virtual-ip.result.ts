import { Field, ObjectType } from 'type-graphql';
import type { NetworkInterface as NetworkInterfaceModel, VirtualIp as VirtualIpModel } from '../../domain/resources';
import type { NodeOf } from '../common/node.interface';
import { resultUnion } from '../errors/result-union.factory';
import { NetworkInterface } from '../network-interface/network-interface.type';
import { VirtualIp } from './virtual-ip.type';

@ObjectType('BindVirtualIpSuccess')
export class BindVirtualIpSuccess {
  @Field(() => String, { description: 'The virtual IP port id the provider returned (port_id).' })
  virtualIpPortId!: string;

  @Field(() => NetworkInterface, { nullable: true, description: 'The NIC, read back after the change.' })
  networkInterface!: NodeOf<NetworkInterfaceModel> | null;

  @Field(() => VirtualIp, { nullable: true, description: 'The virtual IP, read back after the change.' })
  virtualIp!: NodeOf<VirtualIpModel> | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;
}

export const bindVirtualIpResult = () => resultUnion('bindVirtualIp', BindVirtualIpSuccess);
