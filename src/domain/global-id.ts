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

export function encodeGlobalId(type: NodeTypeName, ref: ResourceRef): string {
  const parts = [VERSION, type, ref.provider, ref.account, ref.region, ref.nativeId].map(encodeURIComponent);
  return Buffer.from(parts.join(':'), 'utf8').toString('base64url');
}

/** Returns null for anything that is not a well-formed netplane id (never throws). */
export function decodeGlobalId(id: string): DecodedGlobalId | null {
  if (typeof id !== 'string' || id.length === 0 || id.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  let parts: string[];
  try {
    parts = Buffer.from(id, 'base64url').toString('utf8').split(':').map(decodeURIComponent);
  } catch {
    return null;
  }
  if (parts.length !== 6 || parts[0] !== VERSION) return null;
  const [, type, provider, account, region, nativeId] = parts as [string, string, string, string, string, string];
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
  return Buffer.from([VERSION, OPERATION_NODE_TYPE, operationId].map(encodeURIComponent).join(':'), 'utf8').toString('base64url');
}

/** The store's operation id, or null when `id` is not an Operation's global id (never throws). */
export function decodeOperationId(id: string): string | null {
  if (typeof id !== 'string' || id.length === 0 || id.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  let parts: string[];
  try {
    parts = Buffer.from(id, 'base64url').toString('utf8').split(':').map(decodeURIComponent);
  } catch {
    return null;
  }
  if (parts.length !== 3 || parts[0] !== VERSION || parts[1] !== OPERATION_NODE_TYPE || !parts[2]) return null;
  return parts[2];
}
