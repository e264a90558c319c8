import { Field, ObjectType } from 'type-graphql';
import type { ElasticIp as ElasticIpModel } from '../../domain/resources';
import type { NodeOf } from '../common/node.interface';
import { resultUnion } from '../errors/result-union.factory';
import { ElasticIp } from './elastic-ip.type';

@ObjectType('AssociateElasticIpSuccess')
export class AssociateElasticIpSuccess {
  @Field(() => ElasticIp, {
    nullable: true,
    description: 'The EIP read back after the request was accepted: typically ASSOCIATING, IN_USE once the provider finished.',
  })
  elasticIp!: NodeOf<ElasticIpModel> | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;
}

export const associateElasticIpResult = () => resultUnion('associateElasticIp', AssociateElasticIpSuccess);
