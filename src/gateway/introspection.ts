import { getNamedType, GraphQLError, isIntrospectionType, Kind, parse, type DocumentNode, type SelectionSetNode, type ValidationRule } from 'graphql';

/**
 * With `gateway.introspection: false`, a document selecting `__schema` or `__type` fails
 * validation (400 before anything executes) with a message that says which setting did it.
 * `__typename` stays allowed: clients need it to read unions and interfaces.
 */
export const introspectionSwitchedOff: ValidationRule = (context) => ({
  Field(node) {
    const type = getNamedType(context.getType());
    if (type && isIntrospectionType(type)) {
      context.reportError(
        new GraphQLError(`Introspection is switched off on this gateway (gateway.introspection: false); "${node.name.value}" cannot be queried.`, {
          nodes: node,
        }),
      );
    }
  },
});

/** Longer documents are never looked at (they are not `{ __typename }`), nor kept. */
const MAX_TRIVIAL_LENGTH = 1024;
const MAX_REMEMBERED = 1000;
const remembered = new Map<string, boolean>();

function onlyIntrospection(set: SelectionSetNode, document: DocumentNode, seen: Set<string>): boolean {
  return set.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value.startsWith('__');
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyIntrospection(selection.selectionSet, document, seen);
    const name = selection.name.value;
    if (seen.has(name)) return true;
    seen.add(name);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION && onlyIntrospection(fragment.selectionSet, document, seen);
  });
}

/**
 * Whether a document is queries of introspection fields alone (`__typename`, `__schema`,
 * `__type`): it reaches no provider and no store, so its execution is not worth sharing. Conservative: a
 * document that does not parse, or is long, is not. Answers are remembered per document text.
 */
export function introspectionOnly(query: unknown): boolean {
  // Every introspection field's name starts with "__": a text without one selects none (and a
  // dashboard naming each poll anew would otherwise be parsed here once per request).
  if (typeof query !== 'string' || query.length > MAX_TRIVIAL_LENGTH || !query.includes('__')) return false;
  const known = remembered.get(query);
  if (known !== undefined) return known;
  let answer = false;
  try {
    const document = parse(query);
    answer = document.definitions.every(
      (d) => d.kind === Kind.FRAGMENT_DEFINITION || (d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query' && onlyIntrospection(d.selectionSet, document, new Set())),
    );
  } catch {
    answer = false;
  }
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(query, answer);
  return answer;
}
