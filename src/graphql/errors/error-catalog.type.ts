import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ErrorCategory } from '../../domain/errors';
import { mutationDescriptor } from '../../domain/mutations';
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
registerEnumType(MutationName, {
  name: 'MutationName',
  description: 'A netplane mutation.',
  valuesConfig: Object.fromEntries(
    MUTATION_NAMES.map((m) => [mangleCode(m), { description: `The ${m} mutation: ${mutationDescriptor(m).description}` }]),
  ),
});

@ObjectType('ErrorCatalogEntry', { description: 'One documented error a mutation can return.' })
export class ErrorCatalogEntry {
  @Field(() => Provider, { description: 'The provider whose catalog documents the code.' })
  provider!: ProviderName;

  @Field(() => String, { description: 'The provider operation that documents the code (netplane codes: the operation they stand for).' })
  operation!: string;

  @Field(() => String, { description: 'The verbatim code.' })
  code!: string;

  @Field(() => installedProviderErrorCodes().enumObject, { nullable: true, description: 'The code as a ProviderErrorCode value, the one ProviderError.codeEnum reports for it.' })
  codeEnum!: string | null;

  @Field(() => Int, { description: 'The HTTP status the provider answers the code with.' })
  httpStatus!: number;

  @Field(() => String, { description: 'The documented message (may contain %s placeholders).' })
  message!: string;

  @Field(() => String, { nullable: true, description: "The provider's documented explanation of the code; null when it gives none." })
  description!: string | null;

  @Field(() => ErrorCategoryEnum, { description: 'The ProviderError type this code comes back as.' })
  category!: ErrorCategory;

  @Field(() => Boolean, { description: 'Whether sending the same request again may succeed (netplane retries it itself only for retry-safe calls).' })
  retryable!: boolean;

  @Field(() => Boolean, { description: 'True for codes the provider\'s every operation can return (signature, throttling …).' })
  common!: boolean;
}
