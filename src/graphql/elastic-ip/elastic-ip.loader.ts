import type { ElasticIpQuery } from '../../domain/adapter';
import type { ElasticIp } from '../../domain/resources';
import { PartitionLoaders, type AdapterDirectory } from '../common/partition-loaders';

export type ElasticIpLoaders = PartitionLoaders<ElasticIp, ElasticIpQuery>;

export function elasticIpLoaders(directory: AdapterDirectory): ElasticIpLoaders {
  return new PartitionLoaders(directory, 'ElasticIp', (a, p, q) => a.listElasticIps(p, q), 'listElasticIps');
}
