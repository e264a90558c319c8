import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CatalogEntry, ErrorCatalog } from '../src/domain/catalog';
import { mutationDescriptor, MUTATION_NAMES, operationsOf, providerOperationSpec, unsupportedReason } from '../src/domain/mutations';
import { PROVIDERS, type ProviderName } from '../src/domain/resources';
import { alibabaCatalog } from '../src/providers/alibaba';
import { huaweiCatalog } from '../src/providers/huawei';

/**
 * Renders the error catalogs as docs/errors.md, driven by the mutation descriptors: for each
 * mutation and provider, the operations it calls with the page each table comes from (or that the
 * provider publishes none) and every code they document; then each provider's common codes once.
 * `npm run docs:errors` rewrites the file; a test fails when it drifts from the catalogs.
 */

const cell = (s: string | number | null | undefined) =>
  s === null || s === undefined || s === '' ? '—' : String(s).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const TABLE_HEAD = ['| HTTP | Code | Type | Retryable | Message | Description |', '|---|---|---|---|---|---|'];

function rows(entries: readonly CatalogEntry[]): string[] {
  return entries.map(
    (e) => `| ${e.httpStatus} | \`${cell(e.code)}\` | ${e.category} | ${e.retryable ? 'yes' : 'no'} | ${cell(e.message)} | ${cell(e.description)} |`,
  );
}

function sourceLine(catalog: ErrorCatalog, operation: string): string {
  const source = catalog.sources[operation];
  if (!source) return 'Source: not recorded.';
  return source.publishesTable
    ? `Source: ${source.page}.`
    : `Source: ${source.page} — the provider publishes no error table for this operation; the rows are the codes its page and SDK name, besides the common codes.`;
}

export function renderErrorDocs(catalogs: readonly ErrorCatalog[]): string {
  const byProvider = new Map<ProviderName, ErrorCatalog>(catalogs.map((c) => [c.provider, c]));
  const lines: string[] = [
    '# Errors each mutation can return',
    '',
    'Generated from the mutation descriptors (`src/domain/mutations/`) and the provider error catalogs',
    '(`src/providers/<provider>/error-catalog.ts`) by `npm run docs:errors`; do not edit by hand. Every row',
    'arrives in the mutation result union as the GraphQL type in the **Type** column (it implements',
    '`ProviderError`), with the provider code verbatim in `code`. Besides the rows of its operations, every',
    'mutation can return its provider\'s common codes (listed once at the end) and netplane\'s own',
    '(`netplane.*`, see the README). Codes not in this list still arrive typed, as `UnknownProviderError`.',
    'Transport faults (timeouts, resets, unreadable bodies) arrive as `ProviderUnavailable` with `outcome`',
    'telling whether the change may have been applied.',
    '',
  ];
  const totals: string[] = [];
  const sections: string[] = [];
  for (const mutation of MUTATION_NAMES) {
    sections.push(`## \`${mutation}\``, '', mutationDescriptor(mutation).description, '');
    for (const provider of PROVIDERS) {
      const catalog = byProvider.get(provider);
      const spec = providerOperationSpec(mutation, provider);
      if (!spec) {
        const reason = unsupportedReason(mutation, provider);
        if (reason === undefined) continue;
        totals.push(`| \`${mutation}\` | ${provider} | — (UnsupportedOperation) | 0 |`);
        sections.push(`### ${provider}: not offered`, '', `Answered with \`UnsupportedOperation\` and no call: ${reason}`, '');
        continue;
      }
      if (!catalog) continue;
      for (const operation of operationsOf(mutation, provider)) {
        const own = catalog.forOperation(operation).filter((e) => e.operations !== 'common');
        const role = operation === spec.operation ? '' : ' (also called)';
        totals.push(`| \`${mutation}\` | ${provider} | ${operation}${role} | ${own.length} |`);
        sections.push(`### ${provider} ${operation}${role}`, '', sourceLine(catalog, operation), '');
        if (own.length === 0) sections.push('No operation-specific codes documented: only the common codes apply.', '');
        else sections.push(...TABLE_HEAD, ...rows(own), '');
      }
    }
  }
  lines.push(
    '| Mutation | Provider | Operation | Operation-specific codes |',
    '|---|---|---|---|',
    ...totals,
    '',
    ...sections,
  );
  for (const catalog of catalogs) {
    const common = catalog.entries.filter((e) => e.operations === 'common');
    lines.push(`## ${catalog.provider}: common codes (any operation)`, '', ...TABLE_HEAD, ...rows(common), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export const ERROR_DOCS_PATH = resolve(__dirname, '..', 'docs', 'errors.md');

if (require.main === module) {
  writeFileSync(ERROR_DOCS_PATH, renderErrorDocs([alibabaCatalog, huaweiCatalog]));
  console.log(`wrote ${ERROR_DOCS_PATH}`);
}
