import { Field, ObjectType } from 'type-graphql';
import type { VifPeer as VifPeerModel } from '../../domain/resources';
import type { NodeOf } from '../common/node.interface';
import { resultUnion } from '../errors/result-union.factory';
import { VifPeer } from './vif-peer.type';

@ObjectType('CreateVifPeerSuccess')
export class CreateVifPeerSuccess {
  @Field(() => VifPeer, { nullable: true, description: 'The new peer read back from the provider (typically CREATING, PENDING_CREATE verbatim).' })
  vifPeer!: NodeOf<VifPeerModel> | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;
}

export const createVifPeerResult = () => resultUnion('createVifPeer', CreateVifPeerSuccess);
