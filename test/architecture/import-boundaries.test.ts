import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * DESIGN.md's layer rules are enforced by the lint configuration; these tests prove the rules
 * bite (a violating import is reported) and that the source tree obeys them.
 */

const root = resolve(__dirname, '..', '..');
// Only the rules that carry the boundaries run (the rest of the lint is `npx eslint`'s): linting
// src/ with every rule took ~11 s of CPU in the suite.
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);
const eslint = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => BOUNDARY_RULES.has(ruleId) });

async function boundaryViolations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['src/domain/x.ts', "import { startGateway } from '../gateway/server';\nexport const x = startGateway;\n"],
    ['src/domain/x.ts', "import { alibabaCatalog } from '../providers/alibaba';\nexport const x = alibabaCatalog;\n"],
    ['src/graphql/x.ts', "import { alibabaCatalog } from '../providers/alibaba';\nexport const x = alibabaCatalog;\n"],
    ['src/providers/alibaba/x.ts', "import { huaweiCatalog } from '../huawei';\nexport const x = huaweiCatalog;\n"],
    ['src/providers/huawei/adapter-x.ts', "import { createHuaweiEmulator } from './emulator';\nexport const x = createHuaweiEmulator;\n"],
    ['src/providers/alibaba/emulator/x.ts', "import { createAlibabaAdapter } from '../adapter';\nexport const x = createAlibabaAdapter;\n"],
    ['src/providers/common/x.ts', "import { alibabaCatalog } from '../alibaba/error-catalog';\nexport const x = alibabaCatalog;\n"],
    ['src/cache/x.ts', "import { startGateway } from '../gateway/server';\nexport const x = startGateway;\n"],
    ['src/cache/x.ts', "import { paginate } from '../graphql/common/connection';\nexport const x = paginate;\n"],
    ['src/cache/x.ts', "import { loadConfig } from '../config/load';\nexport const x = loadConfig;\n"],
    ['src/cache/x.ts', "import { createAlibabaAdapter } from '../providers/alibaba';\nexport const x = createAlibabaAdapter;\n"],
    ['src/gateway/x.ts', "import { createHuaweiAdapter } from '../providers/huawei';\nexport const x = createHuaweiAdapter;\n"],
    ['src/gateway/plugins/x.ts', "import { startNetplane } from '../../app/compose';\nexport const x = startNetplane;\n"],
    ['src/config/x.ts', "import { startGateway } from '../gateway/server';\nexport const x = startGateway;\n"],
    ['src/config/x.ts', "import { CachedAdapter } from '../cache/cached-adapter';\nexport const x = CachedAdapter;\n"],
    ['src/config/x.ts', "import { paginate } from '../graphql/common/connection';\nexport const x = paginate;\n"],
    ['src/config/x.ts', "import { alibabaCatalog } from '../providers/alibaba';\nexport const x = alibabaCatalog;\n"],
    ['src/graphql/x.ts', "import { startNetplane } from '../app/compose';\nexport const x = startNetplane;\n"],
    ['src/domain/x.ts', "import { startNetplane } from '../app/compose';\nexport const x = startNetplane;\n"],
    ['src/providers/alibaba/emulator/x.ts', "import { startEmulators } from '../../../app/emulators';\nexport const x = startEmulators;\n"],
    ['src/providers/common/x.ts', "import { NetplaneMetrics } from '../../observability/metrics';\nexport const x = NetplaneMetrics;\n"],
    ['src/providers/huawei/x.ts', "import { Observability } from '../../observability/observability';\nexport const x = Observability;\n"],
    ['src/cache/x.ts', "import { NetplaneMetrics } from '../observability/metrics';\nexport const x = NetplaneMetrics;\n"],
    ['src/observability/x.ts', "import { startGateway } from '../gateway/server';\nexport const x = startGateway;\n"],
    ['src/store/x.ts', "import { startGateway } from '../gateway/server';\nexport const x = startGateway;\n"],
    ['src/store/x.ts', "import { createAlibabaAdapter } from '../providers/alibaba';\nexport const x = createAlibabaAdapter;\n"],
    ['src/auth/x.ts', "import { openStore } from '../store';\nexport const x = openStore;\n"],
    ['src/operations/x.ts', "import { createHuaweiAdapter } from '../providers/huawei';\nexport const x = createHuaweiAdapter;\n"],
    ['src/operations/x.ts', "import { buildNetplaneSchema } from '../graphql';\nexport const x = buildNetplaneSchema;\n"],
  ])('reports %s importing across a boundary', async (file, code) => {
    expect(await boundaryViolations(file, code)).not.toEqual([]);
  });

  it.each([
    ['src/graphql/x.ts', "import type { ProviderAdapter } from '../domain/adapter';\nexport type X = ProviderAdapter;\n"],
    ['src/providers/alibaba/emulator/x.ts', "import { signV3 } from '../signer';\nexport const x = signV3;\n"],
    ['src/providers/alibaba/x.ts', "import { withRetry } from '../common/retry';\nexport const x = withRetry;\n"],
    ['src/cache/x.ts', "import type { ProviderAdapter } from '../domain/adapter';\nexport type X = ProviderAdapter;\n"],
    ['src/gateway/x.ts', "import { buildNetplaneSchema } from '../graphql';\nexport const x = buildNetplaneSchema;\n"],
    ['src/gateway/x.ts', "import { ProviderCallTally } from '../cache/call-tally';\nexport const x = ProviderCallTally;\n"],
    ['src/providers/alibaba/x.ts', "import type { RequestScope } from '../../domain/request-scope';\nexport type X = RequestScope;\n"],
    ['src/gateway/plugins/x.ts', "import { DEFAULT_REQUEST_LIMITS } from '../../config/limits';\nexport const x = DEFAULT_REQUEST_LIMITS;\n"],
    ['src/config/x.ts', "import { MAX_PAGE_SIZE } from '../graphql/common/page-limits';\nexport const x = MAX_PAGE_SIZE;\n"],
    ['src/app/x.ts', "import { createAlibabaAdapter } from '../providers/alibaba';\nimport { startGateway } from '../gateway/server';\nexport const x = [createAlibabaAdapter, startGateway];\n"],
    ['src/main.ts', "import { startNetplane } from './app/compose';\nexport const x = startNetplane;\n"],
    ['src/gateway/x.ts', "import { Observability } from '../observability/observability';\nexport const x = Observability;\n"],
    ['src/observability/x.ts', "import type { ProviderCallObserver } from '../providers/common/observer';\nexport type X = ProviderCallObserver;\n"],
  ])('allows %s to import what its layer may use', async (file, code) => {
    expect(await boundaryViolations(file, code)).toEqual([]);
  });

  const asyncContextUses = async (filePath: string, code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  };
  const ASYNC_LOCAL_STORAGE = "import { AsyncLocalStorage } from 'node:async_hooks';\nexport const scope = new AsyncLocalStorage<number>();\n";

  it.each([
    ['src/cache/x.ts', ASYNC_LOCAL_STORAGE],
    ['src/gateway/x.ts', "import { AsyncLocalStorage } from 'async_hooks';\nexport const scope = new AsyncLocalStorage<number>();\n"],
    ['src/graphql/common/x.ts', "export const hooks = import('node:async_hooks');\n"],
    // The files that carried call state this way before it was passed explicitly.
    ['src/providers/common/deadline.ts', ASYNC_LOCAL_STORAGE],
    ['src/operations/attempt-scope.ts', ASYNC_LOCAL_STORAGE],
    ['src/observability/request-scope.ts', ASYNC_LOCAL_STORAGE],
    ['src/gateway/x.ts', "import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';\nexport const x = AsyncLocalStorageContextManager;\n"],
  ])('reports %s carrying request state in async context rather than passing it', async (file, code) => {
    expect((await asyncContextUses(file, code)).join('\n')).toMatch(/RequestScope/);
  });

  it('allows only OpenTelemetry\'s context manager (src/observability/tracing.ts) to use async context', async () => {
    expect(await asyncContextUses('src/observability/tracing.ts', ASYNC_LOCAL_STORAGE)).toEqual([]);
  });

  it('holds for every file under src/', async () => {
    const results = await eslint.lintFiles(['src/**/*.ts']);
    const violations = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
        .map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(violations).toEqual([]);
  });
});
