import { Field, Int, ObjectType } from 'type-graphql';
import type { ProviderName } from '../../domain/resources';
import { ProviderError, type ProviderErrorView } from '../errors/provider-error.interface';
import { Provider } from './provider.enum';
import { PLAIN_FIELDS } from './plain-fields';

@ObjectType('PartitionOutcome', {
  ...PLAIN_FIELDS,
  description:
    'How one (provider, account, region) partition answered a fan-out query. A failing partition does not fail the query: its typed error is here.',
})
export class PartitionOutcome {
  @Field(() => Provider, { description: "The partition's provider." })
  provider!: ProviderName;

  @Field(() => String, { description: "The partition's account name in netplane's configuration." })
  account!: string;

  @Field(() => String, { description: "The partition's region id." })
  region!: string;

  @Field(() => Boolean, { description: 'Whether the partition was listed completely; false means its items are missing from the connection.' })
  ok!: boolean;

  @Field(() => Int, { description: 'Items this partition contributed after filtering (0 when it failed).' })
  itemCount!: number;

  @Field(() => ProviderError, { nullable: true, description: 'Why the partition could not be listed; null when ok.' })
  error!: ProviderErrorView | null;
}
