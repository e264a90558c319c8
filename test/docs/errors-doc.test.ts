import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alibabaCatalog } from '../../src/providers/alibaba';
import { huaweiCatalog } from '../../src/providers/huawei';
import { ERROR_DOCS_PATH, renderErrorDocs } from '../../scripts/error-docs';

describe('docs/errors.md', () => {
  it('is what the catalogs render (run `npm run docs:errors` after changing a catalog)', () => {
    expect(readFileSync(ERROR_DOCS_PATH, 'utf8')).toBe(renderErrorDocs([alibabaCatalog, huaweiCatalog]));
  });

  it('lists every catalog entry of every mutation operation', () => {
    const doc = renderErrorDocs([alibabaCatalog, huaweiCatalog]);
    for (const [catalog, operation] of [
      [alibabaCatalog, 'AssociateEipAddress'],
      [alibabaCatalog, 'AssignPrivateIpAddresses'],
      [alibabaCatalog, 'CreateNetworkInterface'],
      [huaweiCatalog, 'AssociateServerVirtualIp'],
      [huaweiCatalog, 'CreateVifPeer'],
    ] as const) {
      for (const e of catalog.forOperation(operation)) expect(doc).toContain(`\`${e.code}\``);
    }
  });
});
