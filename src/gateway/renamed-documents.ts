import type { ApolloServerPlugin, BaseContext, DocumentStore, GraphQLRequestListener } from '@apollo/server';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode, type ParseOptions } from 'graphql';

export interface RenamedDocumentsOptions {
  /** The parser options Apollo parses with (the token limit): a document it would refuse is left to it. */
  parseOptions?: ParseOptions;
  /** Validated shapes remembered, least recently used dropped first. Default 1,000. */
  maxShapes?: number;
}

/**
 * Validation of a query document shared by every document that differs from it only in its
 * operation's name: Apollo caches a validated document by its whole text, so a client that names
 * each request anew (a dashboard numbering its polls, the bench's executed page) has its document
 * parsed and validated every time; validating the 2,000-node dashboard costs about as much as
 * parsing it four times.
 *
 * Why it is safe: with one operation in the document (and any fragments), no validation rule
 * reads the operation's name (it matters only among several operations, and in the messages of
 * failures — only documents that passed are remembered). The shape is the text without the name, with the name's
 * offset: two texts of one shape are the same tokens but the name, so the same document but the
 * name and its positions. Each text is still parsed, so every location (in errors, and the
 * compiled execution's key) is its own.
 *
 * How: Apollo reads its document store before it parses and validates, and skips both on a hit.
 * The plugin parses a text Apollo has no document for, and when its shape validated before, the
 * store answers Apollo's read with that parse; the store learns shapes from the documents Apollo
 * stores, which it stores only once they are valid.
 */
export class RenamedDocuments {
  /** Documents by Apollo's key, bounded as Apollo's default store bounds them. */
  private readonly documents = new DocumentCache(DOCUMENTS_MAX_BYTES);
  private readonly shapes = new Map<string, true>();
  /** Parses of valid shapes by query hash, from the plugin's hook to the store's read just after it. */
  private readonly parsed = new Map<string, DocumentNode>();
  private readonly maxShapes: number;
  /** Apollo prefixes its keys with the schema's hash when it is given a store (known from the first key written). */
  private keyPrefix: string | null = null;

  constructor(private readonly options: RenamedDocumentsOptions = {}) {
    this.maxShapes = options.maxShapes ?? 1_000;
  }

  /** Apollo's `documentStore`. */
  readonly store: DocumentStore = {
    get: async (key) => {
      const known = this.documents.get(key);
      if (known !== undefined) return known;
      const hash = this.keyPrefix !== null && key.startsWith(this.keyPrefix) ? key.slice(this.keyPrefix.length) : null;
      const document = hash === null ? undefined : this.parsed.get(hash);
      if (document === undefined) return undefined;
      this.parsed.delete(hash!);
      // Kept like a document Apollo validated, so the same text again is not parsed again.
      this.documents.set(key, document);
      return document;
    },
    set: async (key, document) => {
      this.documents.set(key, document);
      const shape = shapeOf(document);
      if (shape === null) return;
      this.shapes.delete(shape);
      this.shapes.set(shape, true);
      if (this.shapes.size > this.maxShapes) this.shapes.delete(this.shapes.keys().next().value!);
      if (this.keyPrefix === null) {
        const hash = hashSuffix(key);
        if (hash !== null) this.keyPrefix = key.slice(0, key.length - hash.length);
      }
    },
    delete: async (key) => this.documents.delete(key),
  };

  /**
   * Hands Apollo, for a text it has no document for, its parse when its shape validated before.
   * One listener for every request (it keeps nothing per request): Apollo is given no new object
   * or closures to make and collect per request.
   */
  plugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
    const listener: GraphQLRequestListener<TContext> = {
      didResolveSource: async ({ source, queryHash }) => {
        if (this.keyPrefix === null || this.shapes.size === 0) return;
        if (this.documents.has(this.keyPrefix + queryHash)) return;
        let document: DocumentNode;
        try {
          document = parse(source, this.options.parseOptions);
        } catch {
          // Apollo parses it again and answers with the error.
          return;
        }
        const shape = shapeOf(document);
        if (shape === null || !this.shapes.has(shape)) return;
        this.shapes.delete(shape);
        this.shapes.set(shape, true);
        // Read by the store just after this hook (Apollo reads its store right after didResolveSource).
        // An entry left unread is harmless — a later read of the same hash is of the same text — and bounded.
        if (this.parsed.size >= MAX_PENDING) this.parsed.clear();
        this.parsed.set(queryHash, document);
      },
    };
    return { requestDidStart: () => Promise.resolve(listener) };
  }

}

/** Apollo's default document store holds 30 MiB of documents, each sized as its JSON. */
const DOCUMENTS_MAX_BYTES = 30 * 2 ** 20;
const MAX_PENDING = 1_000;

/**
 * A document's size as Apollo's default store counts it (the length of its JSON), estimated from
 * its text: the JSON of an AST is 18 to 22 times its text (29 for `{ __typename }`), and
 * stringifying the dashboard's to measure it costs a tenth of a millisecond per new document.
 */
const estimatedSize = (document: DocumentNode): number => (document.loc?.source.body.length ?? 0) * 20 + 400;

/** Least recently used documents dropped first, once their estimated sizes pass `maxBytes`. */
class DocumentCache {
  private readonly entries = new Map<string, { document: DocumentNode; size: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): DocumentNode | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.document;
  }

  set(key: string, document: DocumentNode): void {
    this.delete(key);
    const size = estimatedSize(document);
    if (size > this.maxBytes) return;
    this.entries.set(key, { document, size });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.size;
    }
  }

  delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (entry === undefined) return false;
    this.entries.delete(key);
    this.bytes -= entry.size;
    return true;
  }
}

/** Apollo's query hash (SHA-256, hex) at the end of a store key. */
function hashSuffix(key: string): string | null {
  const hash = key.slice(-64);
  return /^[0-9a-f]{64}$/.test(hash) ? hash : null;
}

/** Where the name of the document's one operation is; undefined unless it holds exactly one operation, named (fragments aside). */
export function loneOperationName(document: DocumentNode): { start: number; end: number } | undefined {
  let operation: OperationDefinitionNode | null = null;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operation !== null) return undefined;
    operation = definition;
  }
  return operation?.name?.loc;
}

/**
 * The text without its operation's name, and where the name was; null unless the document holds
 * exactly one operation, named (its fragments, if any, are part of the text like the rest).
 */
export function shapeOf(document: DocumentNode): string | null {
  const text = document.loc?.source.body;
  const name = loneOperationName(document);
  if (text === undefined || name === undefined) return null;
  return `${name.start}\u0000${text.slice(0, name.start)}${text.slice(name.end)}`;
}
