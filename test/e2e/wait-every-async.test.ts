import { describe, expect, it } from 'vitest';
import { MUTATION_NAMES, providerOperationSpec, providersOf } from '../../src/domain/mutations';
import { ASYNC_DELAY_MS, useHarness } from '../support/harness';
import { seedValidState, VALID, type Provider } from '../support/valid-mutation-inputs';

/**
 * `wait` delivers SUCCEEDED for every asynchronous (mutation, provider) pair the descriptors declare
 * (transitional statuses, deletes that end with the resource gone, Huawei ECS jobs): the mutation
 * waits while the provider works, the emulators' clocks move, and the answer is the ended operation.
 */

const h = useHarness({ durability: { pollInitialDelayMs: 20, pollMaxDelayMs: 100 } }, { reset: 'demo' });

const ASYNC_PAIRS = MUTATION_NAMES.flatMap((mutation) =>
  providersOf(mutation)
    .filter((provider) => providerOperationSpec(mutation, provider)?.completion.kind !== 'sync')
    .map((provider) => ({ mutation, provider: provider.toLowerCase() as Provider, completion: providerOperationSpec(mutation, provider)!.completion.kind })),
);

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

describe('wait on every asynchronous mutation', () => {
  it('covers the 20 asynchronous pairs of the descriptors', () => {
    expect(ASYNC_PAIRS).toHaveLength(20);
  });

  it.each(ASYNC_PAIRS)('$mutation on $provider ($completion) answers the operation SUCCEEDED', async ({ mutation, provider }) => {
    await seedValidState(h, provider);
    const query = `mutation M($input: ${pascal(mutation)}Input!) {
      ${mutation}(input: $input, wait: { timeoutSeconds: 15 }) {
        __typename
        ... on ${pascal(mutation)}Success { operation { mutation status finishedAt } }
        ... on ProviderError { code message }
      }
    }`;
    const pending = fetch(h.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { input: VALID[provider][mutation] } }),
    }).then((r) => r.json() as Promise<{ data: Record<string, Record<string, unknown>> }>);
    // The provider works on it while the clocks stand still; then its delay passes.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await h.advanceClock(ASYNC_DELAY_MS);
    const answer = (await pending).data[mutation]!;
    expect(answer).toMatchObject({ __typename: `${pascal(mutation)}Success`, operation: { mutation, status: 'SUCCEEDED' } });
    expect((answer['operation'] as { finishedAt: string | null }).finishedAt).not.toBeNull();
  });
});
