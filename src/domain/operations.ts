/**
 * netplane's mutations and, per provider, the provider operation that carries each one out, as
 * declared by the mutation descriptors (src/domain/mutations). A provider without an operation
 * answers UnsupportedOperation, naming what to use instead, without any call.
 */
export {
  MUTATION_NAMES,
  operationsOf,
  providerOperation,
  providersOf,
  unsupportedReason,
  type MutationName,
} from './mutations';
