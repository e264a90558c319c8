/** `['A', 'B']` → `{ A: 'A', B: 'B' }`, the enum object type-graphql registers, from a domain tuple. */
export function enumFrom<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}
