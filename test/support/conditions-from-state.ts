import { expect } from 'vitest';
import type { MutationName } from '../../src/domain/operations';
import type { Harness } from './harness';
import { recordedCalls, runMutation, type ErrorMember } from './mutation-documents';

/** A documented error condition that emulator state produces, without an injected fault. */
export interface StateCondition {
  name: string;
  provider: 'alibaba' | 'huawei';
  mutation: MutationName;
  /** Seeds the state and returns the mutation input. */
  arrange(): Promise<Record<string, unknown>>;
  expected: { __typename: string; code: string; httpStatus: number; retryable?: boolean };
}

/**
 * Arranges the condition, calls its mutation through the gateway over HTTP and asserts the union
 * member, the verbatim code and status, that the emulator itself answered that code (the member
 * quotes the request id of its call log), that no fault was armed, and that the failed call changed
 * no state. Returns `<provider> <mutation> <code>` for the file's count of conditions produced.
 */
export async function expectProducedByState(h: Harness, c: StateCondition): Promise<string> {
  const input = await c.arrange();
  await h.control(c.provider, 'DELETE', 'calls');
  const before = await h.control(c.provider, 'GET', 'snapshot');

  const member: ErrorMember = await runMutation(h, c.mutation, input);

  expect(member).toMatchObject({ ...c.expected, documented: true, retryable: c.expected.retryable ?? false });
  const calls = await recordedCalls(h, c.provider);
  const answered = calls.filter((call) => call.code === c.expected.code);
  expect(answered.length, 'the emulator itself answered the code').toBeGreaterThan(0);
  expect(member.requestId).toBe(answered.at(-1)!.requestId);
  expect((await h.control(c.provider, 'GET', 'faults')) as { faults: unknown[] }).toMatchObject({ faults: [] });
  expect(await h.control(c.provider, 'GET', 'snapshot'), 'the failed call changed no state').toEqual(before);
  return `${c.provider} ${c.mutation} ${c.expected.code}`;
}
