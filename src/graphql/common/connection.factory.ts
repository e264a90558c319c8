import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type';
import { PartitionOutcome } from './partition-outcome.type';
import { PLAIN_FIELDS } from './plain-fields';

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
  @ObjectType(`${name}Edge`, { ...PLAIN_FIELDS, description: `One ${name} in a page of a ${name}Connection, with its cursor.` })
  class Edge implements EdgeShape<T> {
    @Field(() => String, { description: 'Opaque position of this item in the (provider, account, region, nativeId) order; pass it as `after` or `before`.' })
    cursor!: string;

    @Field(() => nodeClass, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    ...PLAIN_FIELDS,
    description: `A Relay connection over ${name} objects of every selected partition, ordered by provider, account, region and nativeId.`,
  })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more items precede or follow this page, and the cursors to reach them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items matching the filter across all partitions that answered.' })
    totalCount!: number;

    @Field(() => [PartitionOutcome], { description: 'How each selected partition answered, in connection order; a failed one carries its error here instead of failing the query.' })
    partitions!: PartitionOutcome[];
  }

  return ConnectionType;
}
