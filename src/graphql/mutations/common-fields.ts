/**
 * Fields every mutation carries besides its descriptor's: on its input (e.g. an idempotency key),
 * as an extra argument of the mutation field (e.g. how long to wait), and on its success payload
 * (e.g. the operation it started). A concern that needs one adds it here; the factories put it on
 * all mutations and the stages read it (PreparedMutation.rawInput / .args; the payload they answer).
 */

export interface CommonField {
  readonly name: string;
  /** The GraphQL type, as a type-graphql type function's value (String, Int, a class, [String] …). */
  readonly type: () => object;
  readonly nullable: boolean;
  readonly description: string;
  readonly defaultValue?: unknown;
}

export const COMMON_INPUT_FIELDS: CommonField[] = [];

export const COMMON_MUTATION_ARGS: CommonField[] = [];

export const COMMON_PAYLOAD_FIELDS: CommonField[] = [];
