import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { ListKind } from '../../domain/adapter';
import type { Partition } from '../../domain/resources';
import { relationshipOf } from './resource-lists';

/**
 * The partition lists a connection page's relationship fields will load: for each relationship
 * selected directly on `edges { node { … } }` that reads its node's partition's full list
 * (`@Relationship(…, { how: 'all' })`, which every node on the page asks for unconditionally), that
 * list's kind. The connection asks for those lists of the page's partitions up front (and, for a
 * page of a walk, of the partitions the walk has left: ./connection.ts walkDirection), so its
 * nodes' relationship fields find them loaded (./partition-list-relation.ts): the same lists the
 * fields would ask for, no other. Conservative: a field under a fragment whose type condition it
 * cannot match here, or skipped by @skip/@include, is left to ask for itself.
 */
export function relationshipListsOfPage(info: GraphQLResolveInfo, nodeType: string): ListKind[] {
  const type = info.schema.getType(nodeType);
  const connection = getNamedType(info.returnType);
  const edgesField = isObjectType(connection) ? connection.getFields()['edges'] : undefined;
  if (!isObjectType(type) || !edgesField) return [];
  const edges = subfields(info, info.fieldNodes, 'edges', [connection.name]);
  const nodes = subfields(info, edges, 'node', [getNamedType(edgesField.type).name]);
  // Arrays here are pushed in loops, not made by map, filter or spread: V8's builtins and its
  // optimizing compiler's inlined versions return them in different elements kinds, so this
  // function's optimized code was thrown away ("wrong map") once the callers were optimized.
  const typeNames = [nodeType];
  for (const implemented of type.getInterfaces()) typeNames.push(implemented.name);
  const nodeFields = collect(info, nodes, typeNames);
  const kinds = new Set<ListKind>();
  for (const field of nodeFields) {
    const spec = relationshipOf(nodeType, field.name.value);
    if (spec?.how === 'all') kinds.add(spec.kind);
  }
  return [...kinds];
}

/** The partitions of a page's nodes, each once (the page is in partition order). */
export function partitionsOfPage(nodes: readonly Partition[]): Partition[] {
  const out: Partition[] = [];
  let last: Partition | undefined;
  for (const node of nodes) {
    if (last && last.provider === node.provider && last.account === node.account && last.region === node.region) continue;
    last = node;
    if (!out.some((p) => p.provider === node.provider && p.account === node.account && p.region === node.region)) out.push(node);
  }
  return out;
}

function subfields(info: GraphQLResolveInfo, fields: readonly FieldNode[], name: string, typeNames: readonly string[]): FieldNode[] {
  const named: FieldNode[] = [];
  for (const field of collect(info, fields, typeNames)) if (field.name.value === name) named.push(field);
  return named;
}

/** The fields graphql-js executes for the selection sets of `fields` on an object of one of `typeNames` (its name and interfaces). */
function collect(info: GraphQLResolveInfo, fields: readonly FieldNode[], typeNames: readonly string[]): FieldNode[] {
  const out: FieldNode[] = [];
  const visited = new Set<string>();
  const included = (node: Parameters<typeof getDirectiveValues>[1]) =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.['if'] !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.['if'] !== false;
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || typeNames.includes(selection.typeCondition.name.value)) walk(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || visited.has(fragment.name.value) || !typeNames.includes(fragment.typeCondition.name.value)) continue;
        visited.add(fragment.name.value);
        walk(fragment.selectionSet);
      }
    }
  };
  for (const field of fields) walk(field.selectionSet);
  return out;
}
