import { Arg, Ctx, Mutation, Resolver, type ClassType } from 'type-graphql';
import { MUTATION_NAMES, mutationDescriptor, providersOf, type MutationName } from '../../domain/mutations';
import type { NetplaneContext } from '../context';
import { resultUnion } from '../errors/result-union.factory';
import { COMMON_MUTATION_ARGS } from './common-fields';
import { executeMutation } from './execute-mutation';
import { mutationInputType } from './mutation-input.factory';
import { mutationPayloadType } from './mutation-payload.factory';

/**
 * The Mutation root, one field per descriptor: `name(input: <Name>Input!): <Name>Result!`. The
 * resolver class is assembled from the descriptors (type-graphql decorators applied to generated
 * methods), so a new mutation is a new descriptor, not new resolver code.
 */

let built: ClassType | null = null;

export function mutationResolver(): ClassType {
  if (built) return built;

  @Resolver()
  class MutationResolver {}

  for (const name of MUTATION_NAMES) {
    const descriptor = mutationDescriptor(name);
    const input = mutationInputType(descriptor, providersOf(name));
    const union = resultUnion(name, mutationPayloadType(descriptor));
    // (input, ...common arguments, context): the common arguments reach the stages as `args`.
    const method = (args: Record<string, unknown>, ...rest: unknown[]) => {
      const extra = Object.fromEntries(COMMON_MUTATION_ARGS.map((arg, i) => [arg.name, rest[i]]));
      const context = rest[COMMON_MUTATION_ARGS.length] as NetplaneContext;
      return executeMutation(name, union, args, context, extra);
    };
    Object.defineProperty(MutationResolver.prototype, name, { value: method, writable: true, configurable: true });
    Arg('input', () => input, {
      description: `What ${name} acts on and how: checked against each provider's documented limits before any call.`,
    })(MutationResolver.prototype, name, 0);
    COMMON_MUTATION_ARGS.forEach((arg, i) => {
      Arg(arg.name, arg.type, {
        nullable: arg.nullable,
        description: arg.description,
        ...(arg.defaultValue !== undefined && { defaultValue: arg.defaultValue }),
      })(MutationResolver.prototype, name, i + 1);
    });
    Ctx()(MutationResolver.prototype, name, COMMON_MUTATION_ARGS.length + 1);
    Mutation(() => union.union, { description: descriptor.description })(
      MutationResolver.prototype,
      name,
      Object.getOwnPropertyDescriptor(MutationResolver.prototype, name) as PropertyDescriptor,
    );
  }
  built = MutationResolver;
  return built;
}

export type { MutationName };
