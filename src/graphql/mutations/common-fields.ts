/**
 * Fields every mutation carries besides its descriptor's: on its input (e.g. an idempotency key),
 * as an extra argument of the mutation field (e.g. how long to wait), and on its success payload
 * (e.g. the operation it started). A concern that needs one adds it here; the factories put it on
 * all mutations and the stages read it (PreparedMutation.rawInput / .args; the payload they answer).
 */

import { DURABILITY_INPUT_FIELDS, DURABILITY_MUTATION_ARGS, DURABILITY_PAYLOAD_FIELDS } from './durability.fields';

export interface CommonField {
  readonly name: string;
  /** The GraphQL type, as a type-graphql type function's value (String, Int, a class, [String] …). */
  readonly type: () => object;
  readonly nullable: boolean;
  readonly description: string;
  readonly defaultValue?: unknown;
}

export const COMMON_INPUT_FIELDS: CommonField[] = [
  {
    name: 'dryRun',
    type: () => Boolean,
    nullable: true,
    description:
      'Check without changing anything: the input is validated, then checked against the current state of what it acts on (it exists, its status allows the change, the quota where netplane can count it). The answer is the success payload with dryRun: true and the resources as they are now, or the typed error the real call would get. No Operation is created and no idempotency key is used. False when unset.',
    defaultValue: false,
  },
  ...DURABILITY_INPUT_FIELDS,
];

export const COMMON_MUTATION_ARGS: CommonField[] = [...DURABILITY_MUTATION_ARGS];

export const COMMON_PAYLOAD_FIELDS: CommonField[] = [
  {
    name: 'dryRun',
    type: () => Boolean,
    nullable: false,
    description:
      'True when nothing was changed: the answer says what the call would do. The resources are then as they are now (null for one the call would create), requestId is netplane\'s and the outputs are empty.',
  },
  ...DURABILITY_PAYLOAD_FIELDS,
];
