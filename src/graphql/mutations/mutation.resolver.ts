import type { GraphQLSchema } from 'graphql';
import { Arg, Ctx, Mutation, Resolver, type ClassType } from 'type-graphql';
import { MUTATION_NAMES, mutationDescriptor, providersOf, type MutationName } from '../../domain/mutations';
import type { NetplaneContext } from '../context';
import { resultUnion, type ResultUnion } from '../errors/result-union.factory';
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
/** Each mutation field's result union, for installMutationResolvers. */
const unions = new Map<MutationName, ResultUnion>();

export function mutationResolver(): ClassType {
  if (built) return built;

  @Resolver()
  class MutationResolver {}

  for (const name of MUTATION_NAMES) {
    const descriptor = mutationDescriptor(name);
    const input = mutationInputType(descriptor, providersOf(name));
    const union = resultUnion(name, mutationPayloadType(descriptor));
    unions.set(name, union);
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

/**
 * Every mutation field of the built schema resolved by executeMutation as a plain graphql-js
 * resolver, with the arguments graphql-js has already coerced. The resolver type-graphql builds
 * would first copy the input into instances of its generated classes, walking its metadata (a
 * linear search per field of every nested input type, ~0.1 ms of every mutation request) for
 * objects nothing here needs: the stages and adapters read the input's fields, never its class.
 * The decorated methods above still declare the fields (arguments, types, descriptions); netplane
 * gives them no middlewares or `@Authorized`, which type-graphql's resolver would have run.
 */
export function installMutationResolvers(schema: GraphQLSchema): void {
  const mutationType = schema.getMutationType();
  if (!mutationType) return;
  const fields = mutationType.getFields();
  for (const [name, union] of unions) {
    const definition = fields[name];
    if (!definition) continue;
    definition.resolve = (_root: unknown, args: Record<string, unknown>, context: NetplaneContext) => {
      const extra: Record<string, unknown> = {};
      for (const arg of COMMON_MUTATION_ARGS) extra[arg.name] = args[arg.name];
      return executeMutation(name, union, args['input'] as Record<string, unknown>, context, extra);
    };
  }
}

export type { MutationName };
