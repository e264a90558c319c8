import { formatMessage, type CatalogEntry } from '../../../domain/catalog';
import type { EmulatorReply } from '../../common/emulator/runtime';
import { huaweiCatalog } from '../error-catalog';
import { errorBody, errorShapeFor, type HuaweiService } from '../wire';

/**
 * Errors the emulator raises are catalog rows (moto's one-class-per-code, as data): state and
 * handlers throw HuaweiApiError, the router renders it in the API family's body shape.
 */
export class HuaweiApiError extends Error {
  constructor(
    readonly entry: CatalogEntry,
    message: string,
  ) {
    super(message);
    this.name = 'HuaweiApiError';
  }
}

/** Raises the documented row of `code` for `operation`, filling the message's placeholders. */
export function apiError(operation: string, code: string, ...args: Array<string | number>): HuaweiApiError {
  const entry = huaweiCatalog.require(operation, code);
  return new HuaweiApiError(entry, formatMessage(entry.message, ...args));
}

/** The same, but with a message chosen by its verbatim template (codes with several documented messages). */
export function apiErrorWithTemplate(operation: string, code: string, template: string, ...args: Array<string | number>): HuaweiApiError {
  const entry = huaweiCatalog.forOperation(operation).find((e) => e.code === code && e.message === template);
  if (!entry) throw new Error(`HUAWEI catalog has no ${code} "${template}" for ${operation}`);
  return new HuaweiApiError(entry, formatMessage(entry.message, ...args));
}

export function renderError(
  service: HuaweiService,
  entry: CatalogEntry,
  message: string,
  requestId: string,
  extraHeaders: Record<string, string> = {},
): EmulatorReply {
  return {
    status: entry.httpStatus,
    headers: { 'x-request-id': requestId, ...extraHeaders },
    body: JSON.stringify(errorBody(errorShapeFor(service, entry.code), entry.code, message, requestId)),
  };
}
