import { Field, Int, ObjectType } from 'type-graphql';
import type { ProviderName } from '../../domain/resources';
import { ProviderError, type ProviderErrorView } from '../errors/provider-error.interface';
import { Provider } from './provider.enum';

@ObjectType('PartitionOutcome', {
  description:
    'How one (provider, account, region) partition answered a fan-out query. A failing partition does not fail the query: its typed error is here.',
})
export class PartitionOutcome {
  @Field(() => Provider)
  provider!: ProviderName;

  @Field(() => String)
  account!: string;

  @Field(() => String)
  region!: string;

  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Int, { description: 'Items this partition contributed after filtering (0 when it failed).' })
  itemCount!: number;

  @Field(() => ProviderError, { nullable: true })
  error!: ProviderErrorView | null;
}
