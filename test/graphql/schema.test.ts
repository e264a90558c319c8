import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ErrorCatalog } from '../../src/domain/catalog';
import { MUTATION_NAMES } from '../../src/domain/mutations';
import { buildNetplaneSchema } from '../../src/graphql';
import { alibabaCatalog } from '../../src/providers/alibaba';
import { huaweiCatalog } from '../../src/providers/huawei/error-catalog';
import { printNetplaneSchema, SCHEMA_FILE } from '../../scripts/emit-schema';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run emit-schema` after changing the GraphQL layer or a catalog)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printNetplaneSchema());
  });
});

describe('buildNetplaneSchema', () => {
  it('returns the same schema when called again with the same catalogs', () => {
    const first = buildNetplaneSchema({ catalogs: [alibabaCatalog, huaweiCatalog] });
    expect(buildNetplaneSchema({ catalogs: [huaweiCatalog, alibabaCatalog] })).toBe(first);
  });

  it('refuses other catalogs once the derived types exist (type-graphql metadata is global)', () => {
    buildNetplaneSchema({ catalogs: [alibabaCatalog, huaweiCatalog] });
    const other = new ErrorCatalog('HUAWEI', []);
    expect(() => buildNetplaneSchema({ catalogs: [alibabaCatalog, other] })).toThrow(/different catalogs/);
  });

  it('keeps the names of the design sketch', () => {
    const schema = buildNetplaneSchema({ catalogs: [alibabaCatalog, huaweiCatalog] });
    for (const name of ['Node', 'Provider', 'NetworkInterface', 'VirtualIp', 'ElasticIp', 'VifPeer', 'VirtualInterface', 'ProviderError', 'PartitionOutcome', 'EipBinding', 'PrivateIp', 'Attachment', 'Tag']) {
      expect(schema.getType(name), name).toBeDefined();
    }
    const query = schema.getQueryType()!.getFields();
    expect(Object.keys(query)).toEqual(expect.arrayContaining(['node', 'nodes', 'networkInterfaces', 'virtualIps', 'elasticIps', 'vifPeers', 'errorCatalog']));
    const mutation = schema.getMutationType()!.getFields();
    expect(Object.keys(mutation).sort()).toEqual([...MUTATION_NAMES].sort());
    expect(Object.keys(mutation)).toEqual(
      expect.arrayContaining(['createNetworkInterface', 'deleteNetworkInterface', 'unbindVirtualIp', 'releaseElasticIp', 'unassociateElasticIp', 'deleteVifPeer']),
    );
    expect(String(mutation.assignPrivateIpAddresses!.type)).toBe('AssignPrivateIpAddressesResult!');
  });
});
