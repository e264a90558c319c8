import type { SqlParam } from './database';

/**
 * A WHERE clause assembled from optional filters, numbering the `$n` placeholders as it goes, so the
 * list queries stay one parameterized statement whatever subset of filters a caller sets.
 */
export class Conditions {
  readonly params: SqlParam[] = [];
  private readonly clauses: string[] = [];

  /** Binds a value and returns its placeholder. */
  bind(value: SqlParam): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds `clause(placeholder)` when the value is set; an empty list also counts as unset. */
  when<V extends SqlParam>(value: V | undefined, clause: (placeholder: string) => string): this {
    if (value === undefined || value === null) return this;
    if (Array.isArray(value) && value.length === 0) return this;
    this.clauses.push(clause(this.bind(value)));
    return this;
  }

  add(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  toSql(): string {
    return this.clauses.length === 0 ? '' : `WHERE ${this.clauses.join(' AND ')}`;
  }
}

/** ISO-8601 text of a timestamp column as the drivers return it (both give Date objects). */
export function isoOf(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

export function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : isoOf(value);
}
