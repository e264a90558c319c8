import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MUTATION_NAMES, providerOperationSpec, providersOf } from '../../src/domain/mutations';
import { pascal } from '../../src/graphql/mutations/names';
import { ASYNC_DELAY_MS, useHarness } from '../support/harness';
import { seedValidState, VALID, type Provider } from '../support/valid-mutation-inputs';
import { post } from './gateway-fixture';
import { connect, Subscription, type TestClient } from './subscriptions-client';

/**
 * operationUpdated delivers SUCCEEDED for every asynchronous mutation on both clouds: each
 * (mutation, provider) pair whose provider finishes the change in the background (transitional
 * statuses, Huawei jobs) is run on both emulators, and a subscriber by filter sees its operation
 * unfinished, then SUCCEEDED once the emulator's clock passes the change's delay and netplane's
 * tracker reads it done.
 */

const h = useHarness({ durability: { pollInitialDelayMs: 20, pollMaxDelayMs: 100 } });
const clients: TestClient[] = [];
beforeEach(async () => {
  for (const provider of ['alibaba', 'huawei'] as const) {
    await h.control(provider, 'POST', 'reset', { fixture: 'empty' });
    await h.control(provider, 'DELETE', 'faults');
  }
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

const ASYNCHRONOUS = MUTATION_NAMES.flatMap((mutation) =>
  providersOf(mutation)
    .filter((provider) => providerOperationSpec(mutation, provider)?.completion.kind !== 'sync')
    .map((provider) => ({ mutation, provider: provider.toLowerCase() as Provider, completion: providerOperationSpec(mutation, provider)?.completion.kind })),
);

interface Update {
  operationUpdated: { id: string; status: string; error: { code: string } | null };
}

describe('operationUpdated for every asynchronous mutation', () => {
  it('covers the asynchronous pairs of the descriptors, on both clouds, with both completions', () => {
    expect(ASYNCHRONOUS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ASYNCHRONOUS.map((a) => a.provider))).toEqual(new Set(['alibaba', 'huawei']));
    expect(new Set(ASYNCHRONOUS.map((a) => a.completion))).toEqual(new Set(['status', 'job']));
  });

  it.each(ASYNCHRONOUS)('$mutation on $provider ($completion): unfinished, then SUCCEEDED', async ({ mutation, provider }) => {
    await seedValidState(h, provider);
    const watcher = connect(h.gateway.url);
    clients.push(watcher);
    const updates = new Subscription<Update>(
      watcher.client,
      `subscription ($filter: OperationFilter!) { operationUpdated(filter: $filter) { id status error { code } } }`,
      { filter: { mutations: [mutation], providers: [provider.toUpperCase()] } },
    );
    await new Promise((resolve) => setTimeout(resolve, 150));

    const answer = await post<Record<string, { __typename: string; operation?: { id: string; status: string } }>>(
      h.gateway.url,
      `mutation ($input: ${pascal(mutation)}Input!) { ${mutation}(input: $input) { __typename ... on ${pascal(mutation)}Success { operation { id status } } ... on ProviderError { code message } } }`,
      { input: VALID[provider][mutation] },
    );
    const operation = answer.body.data?.[mutation]?.operation;
    expect(operation, JSON.stringify(answer.body)).toBeDefined();
    const id = (operation as { id: string }).id;

    await h.advanceClock(ASYNC_DELAY_MS * 2);
    const seen: string[] = [];
    while (seen.at(-1) !== 'SUCCEEDED') {
      const update = (await updates.next(15_000)).data?.operationUpdated;
      expect(update?.id).toBe(id);
      expect(update?.error).toBeNull();
      seen.push(update?.status as string);
    }
    expect(seen[0]).toMatch(/^(PENDING|RUNNING)$/);
  }, 30_000);
});
