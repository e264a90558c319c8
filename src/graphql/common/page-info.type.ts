import { Field, ObjectType } from 'type-graphql';
import { PLAIN_FIELDS } from './plain-fields';

@ObjectType('PageInfo', { ...PLAIN_FIELDS, description: 'Relay page information of a connection.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether items follow this page; page on with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page; page back with `before: startCursor`.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The first edge's cursor; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The last edge's cursor; null when the page is empty." })
  endCursor!: string | null;
}
