import type { ErrorCategory, ProviderFailure } from './errors';
import type { ProviderName } from './resources';

/**
 * One documented error of a provider. Catalogs are data: the emulators answer with these entries,
 * the adapters classify responses with them and the schema derives its unions from them.
 */
export interface CatalogEntry {
  code: string;
  httpStatus: number;
  /** The documented message, verbatim (it may contain `%s` placeholders). */
  message: string;
  description: string | null;
  category: ErrorCategory;
  retryable: boolean;
  /**
   * The provider operations that document this code, or 'common' for codes any operation of the
   * provider can return (signature, credentials, throttling, service unavailable …).
   */
  operations: readonly string[] | 'common';
  /** For ResourceNotFound: the kind of resource the code is about. */
  resourceType?: string;
  /** For InvalidParameter: the request parameter the code is about, when it names one. */
  parameter?: string;
}

/** Where an operation's documented errors come from, for docs/errors.md. */
export interface OperationSource {
  /** The provider's reference page (or SDK model / reference file) the rows were taken from. */
  page: string;
  /** Whether that page publishes an error table; when false, the rows are the provider's common codes and those the page's text names. */
  publishesTable: boolean;
}

export class ErrorCatalog {
  /** find()'s candidates by operation, then code (its own rows first, then the common ones), built at the first find. */
  private byOperation: Map<string, Map<string, CatalogEntry[]>> | null = null;

  constructor(
    readonly provider: ProviderName,
    readonly entries: readonly CatalogEntry[],
    /** Per operation, the page its rows come from. */
    readonly sources: Readonly<Record<string, OperationSource>> = {},
  ) {}

  /** Entries an operation can return: its own rows first, then the provider's common rows. */
  forOperation(operation: string): CatalogEntry[] {
    const own = this.entries.filter((e) => e.operations !== 'common' && e.operations.includes(operation));
    const common = this.entries.filter((e) => e.operations === 'common');
    return [...own, ...common];
  }

  /**
   * The entry that best matches what the provider answered: same operation (or common) and code,
   * then preferring the same HTTP status, then the same message.
   */
  find(operation: string, code: string, httpStatus?: number | null, message?: string): CatalogEntry | undefined {
    const candidates = this.candidates(operation, code);
    if (candidates.length <= 1) return candidates[0];
    const sameStatus = candidates.filter((e) => httpStatus == null || e.httpStatus === httpStatus);
    const pool = sameStatus.length > 0 ? sameStatus : candidates;
    return pool.find((e) => message !== undefined && messageMatches(e.message, message)) ?? pool[0];
  }

  /** Looks an entry up by code alone among one operation's rows, for emulators raising errors. */
  require(operation: string, code: string, httpStatus?: number): CatalogEntry {
    const entry = this.find(operation, code, httpStatus);
    if (!entry) throw new Error(`${this.provider} catalog has no ${code} for ${operation}`);
    return entry;
  }

  /**
   * forOperation(operation) narrowed to `code`, in its order. Every failed provider call is
   * classified: filtering the whole catalog (hundreds of rows) twice per call cost ~45 µs of it.
   */
  private candidates(operation: string, code: string): readonly CatalogEntry[] {
    this.byOperation ??= new Map();
    let byCode = this.byOperation.get(operation);
    if (!byCode) {
      byCode = new Map();
      for (const entry of this.forOperation(operation)) {
        const rows = byCode.get(entry.code);
        if (rows) rows.push(entry);
        else byCode.set(entry.code, [entry]);
      }
      this.byOperation.set(operation, byCode);
    }
    return byCode.get(code) ?? [];
  }

  operations(): string[] {
    const names = new Set<string>();
    for (const e of this.entries) if (e.operations !== 'common') e.operations.forEach((o) => names.add(o));
    return [...names].sort();
  }
}

/** Documented messages use %s / %d placeholders; a concrete message matches when the rest agrees. */
export function messageMatches(template: string, message: string): boolean {
  if (template === message) return true;
  const pattern = templatePattern(template);
  return pattern !== null && pattern.test(message);
}

/** The catalogs' templates (a few hundred), each compiled once; a bound in case a caller passes others. */
const TEMPLATE_PATTERNS = new Map<string, RegExp | null>();
const MAX_TEMPLATE_PATTERNS = 4_096;

function templatePattern(template: string): RegExp | null {
  let pattern = TEMPLATE_PATTERNS.get(template);
  if (pattern === undefined) {
    pattern = /%[sd]/.test(template)
      ? new RegExp(
          `^${template
            .split(/%[sd]/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('[\\s\\S]*')}$`,
        )
      : null;
    if (TEMPLATE_PATTERNS.size < MAX_TEMPLATE_PATTERNS) TEMPLATE_PATTERNS.set(template, pattern);
  }
  return pattern;
}

/** Fills `%s`/`%d` placeholders in order, so emulators send concrete messages. */
export function formatMessage(template: string, ...args: Array<string | number>): string {
  let i = 0;
  return template.replace(/%[sd]/g, () => (i < args.length ? String(args[i++]) : ''));
}

export interface ClassifyInput {
  operation: string;
  code: string;
  httpStatus: number | null;
  message: string;
  requestId: string | null;
  retryAfterSeconds?: number | null;
}

/**
 * Turns a provider's error answer into a ProviderFailure using the catalog. Codes the catalog does
 * not know still come back typed, as UnknownProviderError with the raw code.
 */
export function classify(catalog: ErrorCatalog, input: ClassifyInput): ProviderFailure {
  const entry = catalog.find(input.operation, input.code, input.httpStatus, input.message);
  const base = {
    provider: catalog.provider,
    operation: input.operation,
    code: input.code,
    httpStatus: input.httpStatus,
    message: input.message,
    requestId: input.requestId,
    retryAfterSeconds: input.retryAfterSeconds ?? null,
  };
  if (!entry) {
    const serverSide = input.httpStatus !== null && input.httpStatus >= 500;
    return {
      ...base,
      category: 'UnknownProviderError',
      retryable: false,
      documented: false,
      description: null,
      outcome: serverSide ? 'UNKNOWN' : 'NOT_APPLIED',
    };
  }
  return {
    ...base,
    category: entry.category,
    retryable: entry.retryable,
    documented: true,
    description: entry.description,
    resourceType: entry.resourceType ?? null,
    parameter: entry.parameter ?? null,
    outcome: entry.category === 'ProviderUnavailable' ? 'UNKNOWN' : 'NOT_APPLIED',
  };
}
