import { Field, InputType } from 'type-graphql';
import type { ProviderName } from '../../domain/resources';
import { Provider } from './provider.enum';

@InputType('PartitionInput', { description: 'One provider account in one region.' })
export class PartitionInput {
  @Field(() => Provider, { description: 'The cloud provider.' })
  provider!: ProviderName;

  @Field(() => String, { description: "The account's name in netplane's configuration." })
  account!: string;

  @Field(() => String, { description: "The provider's region id, e.g. cn-hangzhou." })
  region!: string;
}

@InputType('ResourceRefInput', { description: 'A resource named by where it lives and its provider-native id.' })
export class ResourceRefInput extends PartitionInput {
  @Field(() => String, { description: "The provider's own id of the resource (eni-…, eip-…, havip-…, bgp-… on Alibaba; a UUID on Huawei)." })
  nativeId!: string;
}
