import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from '../../config/limits';

/** The limits this plugin and the server enforce; declared, with their defaults, in src/config/limits.ts. */
export type Limits = RequestLimits;

export const DEFAULT_LIMITS: Readonly<Limits> = DEFAULT_REQUEST_LIMITS;

export function limitError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  return fragments;
}

/**
 * Field depth of a selection set, following fragments (a fragment cycle is a validation error
 * already; guarded anyway). Introspection fields count as one level.
 */
export function selectionDepth(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: ReadonlySet<string> = new Set(),
): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection (__schema, __type) is deep by nature, cheap, and calls no provider.
      const below = selection.name.value.startsWith('__') ? 0 : selectionDepth(selection.selectionSet, fragments, visiting);
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !visiting.has(name)) {
        deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, new Set([...visiting, name])));
      }
    }
  }
  return deepest;
}

export function countAliases(document: DocumentNode): number {
  let count = 0;
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.alias) count++;
      if (selection.kind !== Kind.FRAGMENT_SPREAD) visit(selection.selectionSet);
    }
  };
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION || def.kind === Kind.FRAGMENT_DEFINITION) visit(def.selectionSet);
  }
  return count;
}

function numberValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

/** Every `first`/`last` argument value in the operation (literal or variable). */
export function pageArguments(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): { name: string; value: number }[] {
  const found: { name: string; value: number }[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        for (const arg of selection.arguments ?? []) {
          if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
          const value = numberValue(arg.value, variables);
          if (typeof value === 'number') found.push({ name: arg.name.value, value });
        }
        visit(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(fragments.get(selection.name.value)?.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return found;
}

/** Where subscriptions are served; said in the refusal of a subscription sent over plain HTTP. */
export const SUBSCRIPTIONS_OVER_HTTP_REFUSAL =
  'Subscriptions are served over WebSocket (the graphql-transport-ws protocol of graphql-ws) at this same /graphql path (ws:// or wss://), not over HTTP POST or GET.';

/** The operation's depth, aliases and page sizes against the limits: the refusal, or null when within them. */
/** What the limits read of an operation that no variable changes. */
interface OperationShape {
  fragments: Map<string, FragmentDefinitionNode>;
  depth: number;
  aliases: number;
  /** Whether any field takes `first` or `last` (their values may come from variables). */
  paged: boolean;
}

/**
 * Apollo keeps each parsed document (its document store), so a document sent again is the same
 * object: its shape is worked out once.
 */
const shapes = new WeakMap<OperationDefinitionNode, OperationShape>();

function shapeOf(document: DocumentNode, operation: OperationDefinitionNode): OperationShape {
  let shape = shapes.get(operation);
  if (!shape) {
    const fragments = fragmentsOf(document);
    shape = {
      fragments,
      depth: selectionDepth(operation.selectionSet, fragments),
      aliases: countAliases(document),
      // Every variable read as a number: any `first`/`last` given a literal number or a variable is found.
      paged: pageArguments(operation, fragments, new Proxy({}, { get: () => 0 })).length > 0,
    };
    shapes.set(operation, shape);
  }
  return shape;
}

export function limitViolation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: Readonly<Limits>,
): GraphQLError | null {
  const { fragments, depth, aliases, paged } = shapeOf(document, operation);
  if (depth > limits.maxDepth) {
    return limitError(`Query depth ${depth} exceeds the maximum of ${limits.maxDepth}.`, 'QUERY_TOO_DEEP');
  }
  if (aliases > limits.maxAliases) {
    return limitError(`The document uses ${aliases} aliases; the maximum is ${limits.maxAliases}.`, 'TOO_MANY_ALIASES');
  }
  if (!paged) return null;
  for (const arg of pageArguments(operation, fragments, variables)) {
    if (arg.value > limits.maxPageSize || arg.value < 0) {
      return limitError(`"${arg.name}" is ${arg.value}; it must be between 0 and ${limits.maxPageSize}.`, 'PAGE_SIZE_EXCEEDED');
    }
  }
  return null;
}

/** Rejects operations beyond the limits before anything executes, with a clear 400. */
export function limitsPlugin(limits: Readonly<Limits> = DEFAULT_LIMITS): ApolloServerPlugin {
  // One listener for every request: it keeps no state of its own (no object per request).
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ document, operation, request }) {
      if (!operation) return;
      if (operation.operation === 'subscription') {
        throw limitError(SUBSCRIPTIONS_OVER_HTTP_REFUSAL, 'OPERATION_NOT_SUPPORTED');
      }
      const violation = limitViolation(document, operation, request.variables ?? {}, limits);
      if (violation) throw violation;
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}
