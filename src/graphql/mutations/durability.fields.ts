import { Int } from 'type-graphql';
import type { CommonField } from './common-fields';
import { Operation } from '../operations/operation.type';
import { WaitInput } from '../operations/wait.input';

/** The fields every mutation carries for idempotency keys, deadlines, operations and waiting (durability.stage.ts reads them). */

export const DURABILITY_INPUT_FIELDS: CommonField[] = [
  {
    name: 'idempotencyKey',
    type: () => String,
    nullable: true,
    description:
      'Names this request (1 to 64 printable ASCII characters; or the Idempotency-Key header for a request with one mutation). Sent again with the same input it answers the stored outcome without calling the provider; with another input, IdempotencyMismatch; while the first still runs, ResourceConflict naming its operation. Kept 24 h. Alibaba receives it as ClientToken. Generated when absent and returned in the payload and in every error.',
  },
  {
    name: 'deadlineSeconds',
    type: () => Int,
    nullable: true,
    description:
      'Overall deadline of the provider call, retries included, in seconds (1 to 300; the gateway\'s mutations.deadlineSeconds, 20 by default, when unset). At the deadline the answer is ProviderUnavailable with outcome UNKNOWN: retry with the same idempotencyKey.',
  },
];

export const DURABILITY_MUTATION_ARGS: CommonField[] = [
  {
    name: 'wait',
    type: () => WaitInput,
    nullable: true,
    description: 'Answer when the operation ends (or at the timeout, still RUNNING) instead of as soon as the provider accepted the change.',
  },
];

export const DURABILITY_PAYLOAD_FIELDS: CommonField[] = [
  {
    name: 'idempotencyKey',
    type: () => String,
    nullable: true,
    description: 'The key this request ran under (given or generated): send it again to get this outcome back. Null only for a dry run.',
  },
  {
    name: 'operation',
    type: () => Operation,
    nullable: true,
    description:
      'The change this mutation started: SUCCEEDED for a synchronous change, RUNNING while the provider finishes it in the background (follow it with `operation(id:)`, `wait` or `operationUpdated`). Null only for a dry run (nothing was started).',
  },
];
