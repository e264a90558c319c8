import { Field, InputType, ObjectType } from 'type-graphql';
import { PLAIN_FIELDS } from './plain-fields';

@ObjectType('Tag', { ...PLAIN_FIELDS, description: 'A key/value label on a resource: Alibaba Tags.Tag (TagKey/TagValue on ENIs, Key/Value on EIPs and HaVips); Huawei resources show none.' })
export class Tag {
  @Field(() => String, { description: 'The tag key.' })
  key!: string;

  @Field(() => String, { description: "The tag value; '' when the tag has none." })
  value!: string;
}

@InputType('TagInput', { description: 'A tag to set on a resource.' })
export class TagInput {
  @Field(() => String, { description: 'The tag key.' })
  key!: string;

  @Field(() => String, { defaultValue: '', description: "The tag value; '' for a key-only tag." })
  value!: string;
}
