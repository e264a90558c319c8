/** A value a file-level fixture sets in its beforeAll, read by the tests: a clear error if read before. */
export function started<T>(value: T | undefined, fixture: string): T {
  if (value === undefined) throw new Error(`${fixture} is used before its beforeAll ran`);
  return value;
}
