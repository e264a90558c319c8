import type { Result } from '../../domain/errors';
import type { NodeTypeName } from '../../domain/global-id';
import type { Partition } from '../../domain/resources';

/**
 * Watches list fan-outs (metrics of failing partitions, a trace span per fan-out and per
 * partition) without the GraphQL layer knowing who watches: the gateway puts one in the request
 * context. Each method runs the work it is given and returns its answer unchanged.
 */
export interface FanOutObserver {
  fanOut<T>(resource: NodeTypeName, partitions: readonly Partition[], work: () => Promise<T>): Promise<T>;
  partition<T>(resource: NodeTypeName, partition: Partition, work: () => Promise<Result<T>>): Promise<Result<T>>;
}
