import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type';
import { PartitionOutcome } from './partition-outcome.type';

export interface EdgeShape<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: EdgeShape<T>[];
  pageInfo: PageInfo;
  totalCount: number;
  partitions: PartitionOutcome[];
}

/** A Relay connection type `<Name>Connection` (with `<Name>Edge`) over a node type. */
export function Connection<T extends object>(nodeClass: ClassType<T>, name: string): ClassType<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class Edge implements EdgeShape<T> {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeClass)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items matching the filter across all partitions that answered.' })
    totalCount!: number;

    @Field(() => [PartitionOutcome])
    partitions!: PartitionOutcome[];
  }

  return ConnectionType;
}
