import { PROVIDERS, type ProviderName, type ResourceRef } from './resources';

/**
 * Relay global ids: opaque to clients, but they carry everything needed to find the resource
 * again — type, provider, account, region and native id.
 */
export const NODE_TYPES = ['NetworkInterface', 'VirtualIp', 'ElasticIp', 'VifPeer', 'VirtualInterface'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

const VERSION = 'np1';

export interface DecodedGlobalId extends ResourceRef {
  type: NodeTypeName;
}

/** The versioned, URI-escaped parts of a global id, base64url-encoded. */
function encodeParts(parts: readonly string[]): string {
  return Buffer.from([VERSION, ...parts].map(encodeURIComponent).join(':'), 'utf8').toString('base64url');
}

/** The parts after the version of a well-formed id of this version, else null (never throws). */
function decodeParts(id: string): string[] | null {
  if (typeof id !== 'string' || id.length === 0 || id.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  let parts: string[];
  try {
    parts = Buffer.from(id, 'base64url').toString('utf8').split(':').map(decodeURIComponent);
  } catch {
    return null;
  }
  return parts[0] === VERSION ? parts.slice(1) : null;
}

export function encodeGlobalId(type: NodeTypeName, ref: ResourceRef): string {
  return encodeParts([type, ref.provider, ref.account, ref.region, ref.nativeId]);
}

/** Returns null for anything that is not a well-formed netplane id (never throws). */
export function decodeGlobalId(id: string): DecodedGlobalId | null {
  const parts = decodeParts(id);
  if (parts === null || parts.length !== 5) return null;
  const [type, provider, account, region, nativeId] = parts as [string, string, string, string, string];
  if (!(NODE_TYPES as readonly string[]).includes(type)) return null;
  if (!(PROVIDERS as readonly string[]).includes(provider)) return null;
  if (!account || !region || !nativeId) return null;
  return { type: type as NodeTypeName, provider: provider as ProviderName, account, region, nativeId };
}

/**
 * Operations are Nodes too, but not provider resources: their id carries the store's operation id
 * only (an operation outlives any one partition's configuration and is read from the store).
 */
export const OPERATION_NODE_TYPE = 'Operation';

export function encodeOperationId(operationId: string): string {
  return encodeParts([OPERATION_NODE_TYPE, operationId]);
}

/** The store's operation id, or null when `id` is not an Operation's global id (never throws). */
export function decodeOperationId(id: string): string | null {
  const parts = decodeParts(id);
  if (parts === null || parts.length !== 2 || parts[0] !== OPERATION_NODE_TYPE || !parts[1]) return null;
  return parts[1];
}
