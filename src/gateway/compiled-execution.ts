import { HeaderMap, type ApolloServerOptionsWithGateway, type ApolloServerPlugin, type BaseContext, type GraphQLRequestListener, type GraphQLResponse } from '@apollo/server';
import { BREAK, execute, GraphQLError, visit, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { PromiseOrValue } from 'graphql/jsutils/PromiseOrValue';
import { isPromise } from 'graphql/jsutils/isPromise';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { loneOperationName, shapeOf } from './renamed-documents';

/** Apollo's gateway interface: the one place Apollo Server lets a caller choose how a validated document executes. */
type ApolloGateway = NonNullable<ApolloServerOptionsWithGateway<BaseContext>['gateway']>;
type GatewayExecutor = NonNullable<Awaited<ReturnType<ApolloGateway['load']>>['executor']>;

/** One validated operation to execute, as Apollo resolved it. */
export interface CompiledExecutionRequest {
  document: DocumentNode;
  operation: OperationDefinitionNode | undefined;
  operationName: string | null | undefined;
  contextValue: unknown;
  variableValues: Record<string, unknown> | undefined;
}

export interface CompiledExecutionOptions {
  /** A document is compiled the time it is seen this often (compiling costs more than one execution). Default 2. */
  compileAfter?: number;
  /** Compiled documents kept, least recently used dropped first. Default 100. */
  maxDocuments?: number;
}

/**
 * Hot query documents executed by graphql-jit (compiled once per document for the schema), the
 * rest by graphql-js.
 *
 * Why: a dashboard page of 2,000 nodes is ~15,700 field values; graphql-js spends ~2 µs on each
 * (argument coercion, `info`, promise checks per field), the compiled function a fraction of it.
 *
 * Semantics kept (test/gateway/compiled-execution.test.ts compares both engines on the same documents):
 *  - mutations and subscriptions, documents graphql-jit cannot compile, and a document before it
 *    is hot run on graphql-js;
 *  - a document with @skip or @include runs on graphql-js: graphql-jit 0.8.9 drops a field or a
 *    fragment that one occurrence skips and another includes (in either of its skip/include modes);
 *  - a request whose variables do not coerce runs on graphql-js too (no resolver has run: only its
 *    messages are graphql-js's own), so variable errors read the same;
 *  - errors keep message, locations, path and extensions, and whether they are unexpected (a thrown
 *    non-GraphQL error or a null in a non-null field: masking and logging read the original error).
 *
 * Not kept, and not needed by netplane: graphql-js's default resolver calls a value's property when
 * it is a function, graphql-jit reads it as the value. The values netplane's fields read without a
 * resolver are data (node views, payloads, catalog entries), with no methods.
 *
 * A document is keyed by its text without the operation's name when it holds one operation: the
 * name selects the operation and labels logs and metrics (Apollo's, read from the request), it
 * does not change what executes, so a dashboard that names each poll still runs compiled.
 */
export class CompiledExecution {
  private readonly compileAfter: number;
  private readonly maxDocuments: number;
  /** Sightings of documents not compiled yet, by key; bounded like the compiled ones. */
  private readonly seen = new Map<string, number>();
  /** Compiled documents by key (Map order: least recently used first); null: graphql-jit could not compile it. */
  private readonly compiled = new Map<string, Compiled | null>();

  constructor(
    private readonly schema: GraphQLSchema,
    options: CompiledExecutionOptions = {},
  ) {
    this.compileAfter = options.compileAfter ?? 2;
    this.maxDocuments = options.maxDocuments ?? 100;
  }

  /**
   * Executes one validated operation of `document`. `operation` is what Apollo resolved, undefined
   * when the operation name matches none of the document's (or several operations and no name):
   * graphql-js then answers with its error, which Apollo turns into the request's 400.
   */
  async execute(request: CompiledExecutionRequest): Promise<ExecutionResult> {
    const compiled = await this.executeCompiled(request);
    return compiled ?? this.viaGraphqlJs(request);
  }

  /** The compiled path's result, or null when graphql-js is to run the operation (not a hot query, not compilable, variables that do not coerce). */
  async executeCompiled(request: CompiledExecutionRequest): Promise<ExecutionResult | null> {
    const compiled = request.operation?.operation === 'query' ? this.compiledFor(request.document, request.operation) : null;
    if (!compiled) return null;
    // graphql-jit answers synchronously when no resolver is asynchronous (`{ __typename }`): no extra tick then.
    const answer = compiled.query.query(undefined, request.contextValue, request.variableValues ?? {});
    const result = isPromise(answer) ? await answer : answer;
    // No data at all: the variables did not coerce, and nothing was resolved.
    if (result.data === undefined) return null;
    if (!result.errors) return result;
    const offsetInRequest = requestOffsetOf(compiled.document, request.document);
    return { ...result, errors: result.errors.map((error) => asGraphqlJsError(error, request.document, offsetInRequest)) };
  }

  private viaGraphqlJs(request: CompiledExecutionRequest): PromiseOrValue<ExecutionResult> {
    return execute({
      schema: this.schema,
      document: request.document,
      contextValue: request.contextValue,
      variableValues: request.variableValues,
      operationName: request.operationName,
    });
  }

  /**
   * Apollo Server's options that execute through this: a `gateway` (Apollo's hook for choosing
   * how a validated document executes) and a plugin to list LAST among the server's plugins.
   *
   * Why a plugin as well: Apollo calls a gateway's executor with a request context it builds for
   * each request (makeGatewayGraphQLRequestContext), whose `response.http.status` is an object
   * literal's getter and setter over the request. V8 gives each such object a map of its own, in
   * the old generation, holding the accessors' closures: every request's objects stay reachable
   * from the old generation until a full collection, so each scavenge promotes them (~550 KB per
   * scavenge under 16 requests in flight, against ~110 KB without, measured with
   * --trace-gc-nvp), which made `{ __typename }` ~30 % slower than graphql-js behind Apollo.
   * The plugin executes every operation from `responseForOperation`, before Apollo builds that
   * context (hot queries compiled, the rest on graphql-js), and answers a result without errors
   * from there; a result with errors, which Apollo must still shape (it formats them and reports
   * them to the plugins' didEncounterErrors), reaches the executor already computed, so nothing
   * executes twice. Being last, every other plugin's responseForOperation has run (the metrics
   * plugin counts execution from there).
   */
  asApolloServerOptions(): { gateway: ApolloGateway; plugin: ApolloServerPlugin<BaseContext> } {
    /** Per request (its context object): the result the plugin computed, which has errors. */
    const computed = new WeakMap<object, ExecutionResult>();
    // The request's name, as Apollo's own execution passes it: context.operationName is the resolved operation's (null when none resolved).
    const requestOf = (
      document: DocumentNode,
      operation: OperationDefinitionNode | undefined,
      request: { operationName?: string; variables?: Record<string, unknown> },
      contextValue: object,
    ): CompiledExecutionRequest => ({ document, operation, operationName: request.operationName, contextValue, variableValues: request.variables });
    // One listener for every request (it keeps nothing per request but the WeakMap's entry).
    const listener: GraphQLRequestListener<BaseContext> = {
      responseForOperation: async (context) => {
        if (!context.document) return null;
        const result = await this.execute(requestOf(context.document, context.operation, context.request, context.contextValue));
        if (!result.errors) return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: result } } satisfies GraphQLResponse;
        computed.set(context.contextValue, result);
        return null;
      },
    };
    const plugin: ApolloServerPlugin<BaseContext> = { requestDidStart: () => Promise.resolve(listener) };
    const executor: GatewayExecutor = async (context) => {
      const result = computed.get(context.context);
      if (!result) return this.execute(requestOf(context.document, context.operation, context.request, context.context));
      computed.delete(context.context);
      return result;
    };
    const gateway: ApolloGateway = {
      onSchemaLoadOrUpdate: (callback) => {
        callback({ apiSchema: this.schema, coreSupergraphSdl: '' });
        return () => {};
      },
      load: () => Promise.resolve({ executor }),
      stop: () => Promise.resolve(),
    };
    return { gateway, plugin };
  }

  private compiledFor(document: DocumentNode, operation: OperationDefinitionNode): Compiled | null {
    const key = documentKey(document, operation);
    if (key === null) return null;
    const known = this.compiled.get(key);
    if (known !== undefined) {
      this.compiled.delete(key);
      this.compiled.set(key, known);
      return known;
    }
    const sightings = (this.seen.get(key) ?? 0) + 1;
    if (sightings < this.compileAfter) {
      // A count is small: ten times as many documents are counted as are kept compiled.
      remember(this.seen, key, sightings, this.maxDocuments * 10);
      return null;
    }
    this.seen.delete(key);
    let result: Compiled | null = null;
    if (!hasConditionalDirectives(document)) {
      try {
        const compiledOrErrors = compileQuery(this.schema, document, operation.name?.value);
        result = isCompiledQuery(compiledOrErrors) ? { query: compiledOrErrors, document } : null;
      } catch {
        // graphql-jit refuses some shapes; graphql-js runs those.
        result = null;
      }
    }
    remember(this.compiled, key, result, this.maxDocuments);
    return result;
  }
}

/** A compiled query and the document it was compiled from (its error locations are that text's). */
interface Compiled {
  query: CompiledQuery;
  document: DocumentNode;
}

/**
 * The offset in the request's text of a line and column graphql-jit reports, which are of the text
 * it compiled: documents share a compiled query when they differ only in the operation's name,
 * written at the same offset (documentKey), so places past the name move by the difference of the
 * names' lengths.
 */
function requestOffsetOf(compiled: DocumentNode, request: DocumentNode): (line: number, column: number) => number {
  const text = compiled.loc?.source.body ?? request.loc?.source.body ?? '';
  const from = loneOperationName(compiled);
  const to = loneOperationName(request);
  const shift = from && to ? to.end - from.end : 0;
  return (line, column) => {
    const offset = offsetOf(text, line, column);
    return from && offset >= from.end ? offset + shift : offset;
  };
}

/** graphql-js raises a null in a non-null field as a plain Error (which masking then treats as unexpected); graphql-jit as a bare GraphQLError. */
const NON_NULL_VIOLATION = /^Cannot return null for non-nullable field /;

/**
 * A graphql-jit error as graphql-js would have made it: graphql-jit's own errors leave
 * `extensions` undefined when there are none (Apollo's formatting reads `extensions.code`), carry
 * locations without the source positions graphql-js derives them from, and a null in a non-null
 * field has no original error.
 */
function asGraphqlJsError(error: GraphQLError, document: DocumentNode, offsetInRequest: (line: number, column: number) => number): GraphQLError {
  const source = document.loc?.source;
  const positions = source && error.locations?.map(({ line, column }) => offsetInRequest(line, column));
  const originalError = error.originalError ?? (NON_NULL_VIOLATION.test(error.message) ? new Error(error.message) : undefined);
  return new GraphQLError(error.message, {
    ...(source && positions && positions.length > 0 && { source, positions }),
    ...(error.path && { path: error.path }),
    ...(originalError && { originalError }),
    ...(error.extensions && { extensions: error.extensions }),
  });
}

/** The character offset of a 1-based line and column in `text` (the inverse of graphql-js's getLocation). */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.slice(offset).search(/\r\n|[\n\r]/);
    if (next < 0) break;
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1);
  }
  return offset + column - 1;
}

/** Whether `document` uses @skip or @include anywhere. */
function hasConditionalDirectives(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}

/**
 * The document's shape (its text without its one operation's name, and the name's offset:
 * ./renamed-documents.ts shapeOf) when it holds one named operation; else its text, with the
 * chosen operation's name before it when it has several definitions (the name selects what is
 * compiled); null without a source. Errors of a renamed document are located in its own text
 * (requestOffsetOf).
 */
function documentKey(document: DocumentNode, operation: OperationDefinitionNode): string | null {
  const text = document.loc?.source.body;
  if (text === undefined) return null;
  return shapeOf(document) ?? (document.definitions.length === 1 ? text : `${operation.name?.value ?? ''}\u0000${text}`);
}
