import { registerEnumType } from 'type-graphql';
import type { ErrorCatalog } from '../../domain/catalog';
import { NETPLANE_CATALOG_ENTRIES } from './netplane-errors';

/**
 * The global ProviderErrorCode enum: one value per (provider, verbatim code) of every catalog,
 * plus netplane's own codes, so clients can switch exhaustively and codegen gives a TS union.
 * Verbatim codes are not valid enum names (`InvalidVSwitchId.NotFound`, `Ecs.0005`), so names are
 * mangled: `<PROVIDER>_<WORDS_IN_UPPER_SNAKE>`; the verbatim code is each value's description.
 */

/** `InvalidVSwitchId.NotFound` → `INVALID_V_SWITCH_ID_NOT_FOUND`. */
export function mangleCode(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
  return words.join('_').toUpperCase() || 'EMPTY';
}

export interface CodeSource {
  /** `ALIBABA`, `HUAWEI` or `NETPLANE`. */
  namespace: string;
  code: string;
}

/**
 * Mangled names for every source. Distinct codes may mangle alike (`A.B` and `A_B`); they are
 * told apart by a numeric suffix assigned in the sorted order of the verbatim codes, so the names
 * are injective and do not depend on catalog order.
 */
export function codeEnumNames(sources: readonly CodeSource[]): Map<string, string> {
  const unique = [...new Map(sources.map((s) => [sourceKey(s.namespace, s.code), s])).values()].sort((a, b) =>
    sourceKey(a.namespace, a.code) < sourceKey(b.namespace, b.code) ? -1 : 1,
  );
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const source of unique) {
    const base = `${source.namespace}_${mangleCode(source.code.replace(/^netplane\./, ''))}`;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    names.set(sourceKey(source.namespace, source.code), name);
  }
  return names;
}

export function sourceKey(namespace: string, code: string): string {
  return `${namespace}\u0000${code}`;
}

export function codeNamespace(provider: string, code: string): string {
  return code.startsWith('netplane.') ? 'NETPLANE' : provider;
}

export interface ProviderErrorCodes {
  /** The object registered with type-graphql (name → name). */
  readonly enumObject: Record<string, string>;
  /** The enum value for a (provider, code), or null when no catalog documents that code. */
  valueOf(provider: string, code: string): string | null;
}

let memo: { catalogs: readonly ErrorCatalog[]; codes: ProviderErrorCodes } | null = null;

export function providerErrorCodes(catalogs: readonly ErrorCatalog[]): ProviderErrorCodes {
  if (memo) {
    if (memo.catalogs !== catalogs) throw new Error('ProviderErrorCode was already derived from other catalogs.');
    return memo.codes;
  }
  const sources: CodeSource[] = [
    ...catalogs.flatMap((c) => c.entries.map((e) => ({ namespace: c.provider, code: e.code }))),
    ...NETPLANE_CATALOG_ENTRIES.map((e) => ({ namespace: 'NETPLANE', code: e.code })),
  ];
  const names = codeEnumNames(sources);
  const enumObject: Record<string, string> = {};
  const valuesConfig: Record<string, { description: string }> = {};
  for (const [key, name] of [...names.entries()].sort((a, b) => (a[1] < b[1] ? -1 : 1))) {
    const [namespace, code] = key.split('\u0000') as [string, string];
    enumObject[name] = name;
    valuesConfig[name] = { description: `${namespace === 'NETPLANE' ? 'netplane' : namespace} code \`${code}\`` };
  }
  registerEnumType(enumObject, {
    name: 'ProviderErrorCode',
    description:
      'Every documented error code of every provider catalog (and netplane\'s own), as enum values; each value\'s description holds the verbatim code.',
    valuesConfig,
  });
  const codes: ProviderErrorCodes = {
    enumObject,
    valueOf: (provider, code) => names.get(sourceKey(codeNamespace(provider, code), code)) ?? null,
  };
  memo = { catalogs, codes };
  return codes;
}

/** The enum derived by buildNetplaneSchema; type thunks and resolvers read it after the build started. */
export function installedProviderErrorCodes(): ProviderErrorCodes {
  if (!memo) throw new Error('ProviderErrorCode is not derived yet: call buildNetplaneSchema({ catalogs }) first.');
  return memo.codes;
}
