import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType('Tag')
export class Tag {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  value!: string;
}

@InputType('TagInput')
export class TagInput {
  @Field(() => String)
  key!: string;

  @Field(() => String, { defaultValue: '' })
  value!: string;
}
