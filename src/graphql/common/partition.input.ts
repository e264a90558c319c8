import { Field, InputType } from 'type-graphql';
import type { ProviderName } from '../../domain/resources';
import { Provider } from './provider.enum';

@InputType('PartitionInput', { description: 'One provider account in one region.' })
export class PartitionInput {
  @Field(() => Provider)
  provider!: ProviderName;

  @Field(() => String)
  account!: string;

  @Field(() => String)
  region!: string;
}

@InputType('ResourceRefInput', { description: 'A resource named by where it lives and its provider-native id.' })
export class ResourceRefInput extends PartitionInput {
  @Field(() => String)
  nativeId!: string;
}
