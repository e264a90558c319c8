import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUTATION_NAMES, operationsOf, providersOf, unsupportedReason } from '../../src/domain/mutations';
import { PROVIDERS } from '../../src/domain/resources';
import { alibabaCatalog } from '../../src/providers/alibaba';
import { huaweiCatalog } from '../../src/providers/huawei';
import { ERROR_DOCS_PATH, renderErrorDocs } from '../../scripts/error-docs';

const catalogs = [alibabaCatalog, huaweiCatalog];
const doc = renderErrorDocs(catalogs);

describe('docs/errors.md', () => {
  it('is what the descriptors and catalogs render (run `npm run docs:errors` after changing either)', () => {
    expect(readFileSync(ERROR_DOCS_PATH, 'utf8')).toBe(doc);
  });

  it.each(MUTATION_NAMES)('lists every code of every operation %s calls, under the page it comes from', (mutation) => {
    for (const provider of providersOf(mutation)) {
      const catalog = catalogs.find((c) => c.provider === provider)!;
      for (const operation of operationsOf(mutation, provider)) {
        expect(doc).toContain(`### ${provider} ${operation}`);
        expect(catalog.sources[operation], `${provider} ${operation} has no recorded source page`).toBeDefined();
        expect(doc).toContain(catalog.sources[operation]!.page);
        for (const e of catalog.forOperation(operation)) expect(doc).toContain(`\`${e.code}\``);
      }
    }
  });

  it('says which provider offers no equivalent, and what to use instead', () => {
    for (const mutation of MUTATION_NAMES) {
      for (const provider of PROVIDERS) {
        const reason = unsupportedReason(mutation, provider);
        if (reason) expect(doc).toContain(`Answered with \`UnsupportedOperation\` and no call: ${reason}`);
      }
    }
  });
});
