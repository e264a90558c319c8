import { ArgsType, Field, Int } from 'type-graphql';
import type { ConnectionArgs as ConnectionArgsShape } from './connection';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-limits';

@ArgsType()
export class ConnectionArgs implements ConnectionArgsShape {
  @Field(() => Int, {
    nullable: true,
    description: `Page forward: at most this many items after \`after\`, 0 to ${MAX_PAGE_SIZE} (the gateway's maxPageSize may be lower); ${DEFAULT_PAGE_SIZE} when neither first nor last is given.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Only items after this cursor (an edge cursor or pageInfo.endCursor of this connection).' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page backward: at most this many items before \`before\` (the last ones), 0 to ${MAX_PAGE_SIZE} (the gateway's maxPageSize may be lower).`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Only items before this cursor (an edge cursor or pageInfo.startCursor of this connection).' })
  before?: string | null;
}
