import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../../config/load';

/**
 * Trusted documents: the gateway runs only the operations of a manifest, the
 * `persisted-documents.json` that GraphQL Code Generator's client preset writes
 * (`{ "sha256:<hex>": "<document>" }`, presetConfig.persistedDocuments.hashAlgorithm "sha256").
 * A request names a document by `extensions.persistedQuery.sha256Hash` (the document is then
 * taken from the manifest) or sends the document itself, whose hash must be in the manifest.
 */

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export type TrustedRequest =
  | { ok: true; query: string }
  | { ok: false; code: 'PERSISTED_QUERY_NOT_FOUND' | 'UNTRUSTED_DOCUMENT' | 'BAD_REQUEST'; message: string };

export class TrustedDocuments {
  private constructor(
    private readonly documents: ReadonlyMap<string, string>,
    readonly source: string,
  ) {}

  static load(path: string): TrustedDocuments {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new ConfigError(`gateway.trustedDocuments: cannot read the manifest ${path} (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(`gateway.trustedDocuments: ${path} is not a JSON object of hash → document`);
    const documents = new Map<string, string>();
    for (const [key, document] of Object.entries(raw)) {
      const hash = withoutAlgorithm(key);
      if (!/^[0-9a-f]{64}$/.test(hash) || typeof document !== 'string' || sha256Hex(document) !== hash) {
        throw new ConfigError(`gateway.trustedDocuments: ${path}: "${key.slice(0, 71)}" is not the SHA-256 of its document (generate the manifest with hashAlgorithm "sha256")`);
      }
      documents.set(hash, document);
    }
    return new TrustedDocuments(documents, path);
  }

  get size(): number {
    return this.documents.size;
  }

  /**
   * The document to run for a request's `query` and `extensions`. A sent document is accepted only
   * as the manifest has it, byte for byte (codegen's normalized text, `documents` in its output).
   */
  resolve(query: unknown, extensions: unknown): TrustedRequest {
    const hash = persistedHash(extensions);
    if (hash !== undefined) {
      if (typeof hash !== 'string') return { ok: false, code: 'BAD_REQUEST', message: 'extensions.persistedQuery.sha256Hash must be a string.' };
      const document = this.documents.get(withoutAlgorithm(hash.toLowerCase()));
      if (document === undefined) return { ok: false, code: 'PERSISTED_QUERY_NOT_FOUND', message: `No trusted document has the hash ${hash.slice(0, 64)}.` };
      if (typeof query === 'string' && query !== document && !this.isTrustedText(query)) {
        return { ok: false, code: 'UNTRUSTED_DOCUMENT', message: 'The document sent is not the trusted document its hash names.' };
      }
      return { ok: true, query: document };
    }
    if (typeof query !== 'string') return { ok: false, code: 'BAD_REQUEST', message: 'Send a trusted document or its extensions.persistedQuery.sha256Hash.' };
    if (this.isTrustedText(query)) return { ok: true, query };
    return { ok: false, code: 'UNTRUSTED_DOCUMENT', message: 'This gateway runs only trusted documents; this one is not in its manifest.' };
  }

  private isTrustedText(query: string): boolean {
    return this.documents.has(sha256Hex(query));
  }
}

/** Codegen writes `sha256:<hex>` (its documents' `__meta__.hash`); Apollo's persistedQuery extension sends the bare hex. */
function withoutAlgorithm(hash: string): string {
  return hash.startsWith('sha256:') ? hash.slice('sha256:'.length) : hash;
}

function persistedHash(extensions: unknown): unknown {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  return (persisted as { sha256Hash?: unknown }).sha256Hash;
}

/** A GraphQL request as the gateway received it: the parsed POST body, or the GET query string. */
export interface RawGraphQLRequest {
  method: string;
  body: unknown;
  search: string;
}

/**
 * The request with its document taken from (or checked against) the manifest and the
 * persistedQuery extension removed — Apollo Server is run with persisted queries off, so it sees
 * an ordinary request — or why it is refused.
 */
export function trustedRequest(trusted: TrustedDocuments, request: RawGraphQLRequest): { ok: true; request: RawGraphQLRequest } | Extract<TrustedRequest, { ok: false }> {
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    let extensions: unknown;
    try {
      extensions = params.has('extensions') ? JSON.parse(params.get('extensions') as string) : undefined;
    } catch {
      return { ok: false, code: 'BAD_REQUEST', message: 'The "extensions" parameter is not valid JSON.' };
    }
    const resolved = trusted.resolve(params.get('query') ?? undefined, extensions);
    if (!resolved.ok) return resolved;
    params.set('query', resolved.query);
    const rest = withoutPersistedQuery(extensions);
    if (rest === undefined) params.delete('extensions');
    else params.set('extensions', JSON.stringify(rest));
    return { ok: true, request: { ...request, search: `?${params.toString()}` } };
  }
  if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) {
    return { ok: false, code: 'BAD_REQUEST', message: 'Send a JSON object with a trusted document or its extensions.persistedQuery.sha256Hash.' };
  }
  const body = request.body as { query?: unknown; extensions?: unknown };
  const resolved = trusted.resolve(body.query, body.extensions);
  if (!resolved.ok) return resolved;
  const { extensions, ...rest } = body;
  const remaining = withoutPersistedQuery(extensions);
  return { ok: true, request: { ...request, body: { ...rest, query: resolved.query, ...(remaining !== undefined && { extensions: remaining }) } } };
}

function withoutPersistedQuery(extensions: unknown): Record<string, unknown> | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const { persistedQuery: _persisted, ...rest } = extensions as Record<string, unknown>;
  return Object.keys(rest).length > 0 ? rest : undefined;
}
