import type { CatalogEntry } from '../../../domain/catalog';
import { formatMessage } from '../../../domain/catalog';
import type { EmulatorReply } from '../../common/emulator/runtime';
import { alibabaCatalog } from '../error-catalog';
import { documentedEntry } from '../validation';
import type { WireErrorBody } from '../wire';

/**
 * Alibaba's JSON error body (reference/alibaba/errors.md §1) for a catalog entry: the status, code
 * and message come from the catalog, `%s` is filled with the concrete detail.
 */

export interface ErrorContext {
  requestId: string;
  hostId: string;
  /** Product for the Recommend link (Ecs / Vpc). */
  product: string;
  /** Concrete text for `%s` messages. */
  detail?: string;
  /** Overrides the rendered message entirely (fault injection with a message). */
  message?: string;
  retryAfterMs?: number;
}

/**
 * The catalog entry for an action's code (the row whose message the detail matches, when the code
 * has several); codes the catalog lacks render as an undocumented 400.
 */
export function entryFor(action: string, code: string, httpStatus?: number, detail?: string): CatalogEntry {
  return (
    (detail === undefined ? alibabaCatalog.find(action, code, httpStatus) : documentedEntry(action, code, httpStatus, detail)) ?? {
      code,
      httpStatus: httpStatus ?? 400,
      message: '%s',
      description: null,
      category: 'UnknownProviderError',
      retryable: false,
      operations: [action],
    }
  );
}

export function renderMessage(entry: CatalogEntry, detail?: string): string {
  if (!/%[sd]/.test(entry.message)) return entry.message;
  return formatMessage(entry.message, detail ?? entry.description ?? entry.code);
}

export function renderError(entry: CatalogEntry, ctx: ErrorContext): EmulatorReply {
  const body: WireErrorBody = {
    RequestId: ctx.requestId,
    HostId: ctx.hostId,
    Code: entry.code,
    Message: ctx.message ?? renderMessage(entry, ctx.detail),
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(entry.code)}&product=${ctx.product}`,
  };
  const headers: Record<string, string> = { 'x-acs-request-id': ctx.requestId };
  if (entry.code.includes('Throttling')) headers['x-acs-retry-after'] = String(ctx.retryAfterMs ?? 1000);
  return { status: entry.httpStatus, headers, body: JSON.stringify(body) };
}
