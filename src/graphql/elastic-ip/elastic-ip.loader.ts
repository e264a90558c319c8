import type { ElasticIpQuery } from '../../domain/adapter';
import type { RequestScope } from '../../domain/request-scope';
import type { ElasticIp } from '../../domain/resources';
import { PartitionLoaders, type AdapterDirectory } from '../common/partition-loaders';

export type ElasticIpLoaders = PartitionLoaders<ElasticIp, ElasticIpQuery>;

export function elasticIpLoaders(directory: AdapterDirectory, scope: RequestScope): ElasticIpLoaders {
  return new PartitionLoaders(directory, scope, 'ElasticIp', (a, p, q, s) => a.listElasticIps(p, q, s), 'listElasticIps');
}
