/**
 * Keeps one metric label's values to a bounded set, so a caller choosing names (GraphQL operation
 * names) or a provider inventing codes cannot grow the number of series without bound:
 *  - with `allowed`, only those values are kept;
 *  - otherwise the first `maxDistinct` distinct values seen are kept, in arrival order;
 * every other value is reported as `overflow`.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly maxDistinct: number,
    private readonly overflow = 'other',
    private readonly allowed?: ReadonlySet<string>,
  ) {}

  value(raw: string): string {
    if (this.allowed) return this.allowed.has(raw) ? raw : this.overflow;
    if (this.seen.has(raw)) return raw;
    if (this.seen.size >= this.maxDistinct) return this.overflow;
    this.seen.add(raw);
    return raw;
  }
}
