import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';

/**
 * A lower bound for target 5, for scripts/bench/page-profile.ts: a function compiled from a query
 * document that writes its JSON answer straight from data already in the answer's shape — what an
 * executor that writes the answer as it resolves it (no result objects, no second pass) would
 * still do per field once every resolver had answered. Fields and aliases only (the dashboard's
 * documents); a fragment or a directive is refused. Not an executor: no resolver, type or error.
 */
export function compileAnswerWriter(document: DocumentNode): (data: unknown) => string {
  const operation = document.definitions[0];
  if (document.definitions.length !== 1 || operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('one operation, no fragments');
  let next = 0;
  const writerOf = (set: SelectionSetNode, value: string): string =>
    set.selections
      .map((selection, i) => {
        if (selection.kind !== Kind.FIELD || selection.directives?.length) throw new Error('fields and aliases only');
        const field = `f${next++}`;
        const key = JSON.stringify(`${i ? ',' : ''}${JSON.stringify(selection.alias?.value ?? selection.name.value)}:`);
        const read = `const ${field} = ${value}[${JSON.stringify(selection.name.value)}]; o += ${key};`;
        if (!selection.selectionSet) return `{ ${read} o += typeof ${field} === 'string' ? JSON.stringify(${field}) : ${field} == null ? 'null' : String(${field}); }`;
        const item = `i${next++}`;
        const object = `o += '{'; ${writerOf(selection.selectionSet, item)} o += '}';`;
        return `{ ${read} if (${field} == null) o += 'null';
          else if (Array.isArray(${field})) { o += '['; for (let k = 0; k < ${field}.length; k++) { const ${item} = ${field}[k]; if (k) o += ','; if (${item} == null) o += 'null'; else { ${object} } } o += ']'; }
          else { const ${item} = ${field}; ${object} } }`;
      })
      .join('\n');
  // Generated code, as graphql-jit generates its own: the document's shape unrolled into straight-line writes.
  return new Function('d', `let o = '{"data":{'; ${writerOf(operation.selectionSet, 'd')} o += '}}'; return o;`) as (data: unknown) => string;
}
