/**
 * JSON.parse makes a new string for every string value of a provider's answer, so the resources
 * of a list each hold their own copy of what they share: the VPC, subnet and zone of a partition,
 * a status, a charge type, a creation time. The bench fleet's cached lists held ~4 MB of such
 * copies (about twice that at the heap's peak, where V8 lets the old generation grow to twice what
 * survived). A list is made to hold one string per value before it is cached, once per list
 * object: an unchanged list fetched again is the earlier one (unchanged-items.ts), so the windows
 * that relist an unchanged fleet pay nothing.
 */

/** How deep into an item the strings are shared (its fields, their objects' and arrays' fields). */
const MAX_DEPTH = 3;

/** Replaces, in place, every string of `items` (their own fields, nested plain objects and arrays) with the first equal one met. */
export function shareEqualStrings(items: readonly unknown[]): void {
  const first = new Map<string, string>();
  const canonical = (value: string): string => {
    const known = first.get(value);
    if (known !== undefined) return known;
    first.set(value, value);
    return value;
  };
  const visit = (value: object, depth: number): void => {
    // Frozen values (the shared empty array) are shared already and cannot be written.
    if (depth > MAX_DEPTH || Object.isFrozen(value)) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const element: unknown = value[i];
        if (typeof element === 'string') value[i] = canonical(element);
        else if (typeof element === 'object' && element !== null) visit(element, depth + 1);
      }
      return;
    }
    const fields = value as Record<string, unknown>;
    for (const key in fields) {
      if (!Object.prototype.hasOwnProperty.call(fields, key)) continue;
      const field = fields[key];
      if (typeof field === 'string') fields[key] = canonical(field);
      else if (typeof field === 'object' && field !== null) visit(field, depth + 1);
    }
  };
  for (const item of items) if (typeof item === 'object' && item !== null) visit(item, 0);
}
