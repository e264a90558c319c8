import { ArgsType, Field, Int } from 'type-graphql';
import type { ConnectionArgs as ConnectionArgsShape } from './connection';

@ArgsType()
export class ConnectionArgs implements ConnectionArgsShape {
  @Field(() => Int, { nullable: true, description: 'Page forward: at most this many items after `after`.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page backward: at most this many items before `before`.' })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}
