import type { CallContext, HuaweiState } from '../state';

/**
 * Handlers only read the request and render the answer (moto's responses role); every rule is in
 * the state families. They throw HuaweiApiError for documented failures.
 */

export interface HandlerInput {
  ctx: CallContext;
  state: HuaweiState;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (undefined when the request had none). */
  body: unknown;
  requestId: string;
}

export interface HandlerOutput {
  status: number;
  body: unknown;
}

export const intParam = (q: URLSearchParams, name: string): number | undefined => {
  const v = q.get(name);
  if (v === null || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};
export const strParam = (q: URLSearchParams, name: string): string | undefined => q.get(name) ?? undefined;
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
