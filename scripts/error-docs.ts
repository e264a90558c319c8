import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ErrorCatalog } from '../src/domain/catalog';
import { MUTATION_NAMES, MUTATION_OPERATIONS } from '../src/domain/operations';
import type { ProviderName } from '../src/domain/resources';
import { alibabaCatalog } from '../src/providers/alibaba';
import { huaweiCatalog } from '../src/providers/huawei';

/**
 * Renders the error catalogs as docs/errors.md: for each mutation, every code its provider
 * operation documents plus the provider's common codes, with the netplane type it arrives as.
 * `npm run docs:errors` rewrites the file; a test fails when it drifts from the catalogs.
 */

const cell = (s: string | number | null | undefined) =>
  s === null || s === undefined || s === '' ? '—' : String(s).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function renderErrorDocs(catalogs: readonly ErrorCatalog[]): string {
  const byProvider = new Map<ProviderName, ErrorCatalog>(catalogs.map((c) => [c.provider, c]));
  const lines: string[] = [
    '# Errors each mutation can return',
    '',
    'Generated from the provider error catalogs (`src/providers/<provider>/error-catalog.ts`) by',
    '`npm run docs:errors`; do not edit by hand. Every row arrives in the mutation result union as the',
    'GraphQL type in the **Type** column (it implements `ProviderError`), with the provider code verbatim',
    'in `code`. Codes not in this list still arrive typed, as `UnknownProviderError`. Transport faults',
    '(timeouts, resets, unreadable bodies) arrive as `ProviderUnavailable` with `outcome` telling whether',
    'the change may have been applied.',
    '',
  ];
  const totals: string[] = [];
  const sections: string[] = [];
  for (const mutation of MUTATION_NAMES) {
    const row: Partial<Record<ProviderName, string>> = MUTATION_OPERATIONS[mutation];
    for (const [provider, operation] of Object.entries(row) as Array<[ProviderName, string]>) {
      const catalog = byProvider.get(provider);
      if (!catalog) continue;
      const entries = catalog.forOperation(operation);
      totals.push(`| \`${mutation}\` | ${provider} | ${operation} | ${entries.length} |`);
      sections.push(`## \`${mutation}\` — ${provider} ${operation}`, '');
      sections.push('| HTTP | Code | Type | Retryable | Message | Description | Scope |', '|---|---|---|---|---|---|---|');
      for (const e of entries) {
        sections.push(
          `| ${e.httpStatus} | \`${cell(e.code)}\` | ${e.category} | ${e.retryable ? 'yes' : 'no'} | ${cell(e.message)} | ${cell(e.description)} | ${e.operations === 'common' ? 'common' : 'operation'} |`,
        );
      }
      sections.push('');
    }
  }
  lines.push('| Mutation | Provider | Operation | Documented codes |', '|---|---|---|---|', ...totals, '', ...sections);
  return `${lines.join('\n').trimEnd()}\n`;
}

export const ERROR_DOCS_PATH = resolve(__dirname, '..', 'docs', 'errors.md');

if (require.main === module) {
  writeFileSync(ERROR_DOCS_PATH, renderErrorDocs([alibabaCatalog, huaweiCatalog]));
  console.log(`wrote ${ERROR_DOCS_PATH}`);
}
