import type { Partition, ResourceRef } from '../../domain/resources';
import type { NodeOf } from './node.interface';
import type { PartitionLoaders } from './partition-loaders';
import { valueOrThrow } from './provider-failure.error';

/**
 * A relationship field answered from its parent's partition's full list (the request lists it once):
 * synchronously when the request has the list already — a page's fields then cost no promise per
 * node, and graphql-js completes the node without waiting — else once it is listed. A list that
 * failed is the field's error (null with the typed provider failure), either way.
 */
export function fromPartitionList<T extends ResourceRef, Q extends { ids?: string[] }, R>(
  loaders: PartitionLoaders<T, Q>,
  partition: Partition,
  answer: (all: readonly NodeOf<T>[]) => R,
): R | Promise<R> {
  const loaded = loaders.loaded(partition);
  if (loaded) return answer(valueOrThrow(loaded));
  return loaders.all(partition).then((result) => answer(valueOrThrow(result)));
}
