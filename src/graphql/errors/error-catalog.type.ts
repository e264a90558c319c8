import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ErrorCategory } from '../../domain/errors';
import { MUTATION_NAMES, type MutationName as MutationNameValue } from '../../domain/operations';
import type { ProviderName } from '../../domain/resources';
import { Provider } from '../common/provider.enum';
import { ErrorCategoryEnum } from './error-category.enum';
import { installedProviderErrorCodes, mangleCode } from './provider-error-code.enum';

/** `assignPrivateIpAddresses` → `ASSIGN_PRIVATE_IP_ADDRESSES`; the internal value is the mutation's field name. */
export const MutationName = Object.fromEntries(MUTATION_NAMES.map((m) => [mangleCode(m), m])) as Record<
  string,
  MutationNameValue
>;
registerEnumType(MutationName, { name: 'MutationName', description: 'A netplane mutation.' });

@ObjectType('ErrorCatalogEntry', { description: 'One documented error a mutation can return.' })
export class ErrorCatalogEntry {
  @Field(() => Provider)
  provider!: ProviderName;

  @Field(() => String, { description: 'The provider operation that documents the code (netplane codes: the operation they stand for).' })
  operation!: string;

  @Field(() => String, { description: 'The verbatim code.' })
  code!: string;

  @Field(() => installedProviderErrorCodes().enumObject, { nullable: true })
  codeEnum!: string | null;

  @Field(() => Int)
  httpStatus!: number;

  @Field(() => String, { description: 'The documented message (may contain %s placeholders).' })
  message!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ErrorCategoryEnum, { description: 'The ProviderError type this code comes back as.' })
  category!: ErrorCategory;

  @Field(() => Boolean)
  retryable!: boolean;

  @Field(() => Boolean, { description: 'True for codes the provider\'s every operation can return (signature, throttling …).' })
  common!: boolean;
}
