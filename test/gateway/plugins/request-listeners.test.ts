import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { costPlugin } from '../../../src/gateway/plugins/cost';
import { inputChecksPlugin } from '../../../src/gateway/plugins/input-checks';
import { loggingPlugin } from '../../../src/gateway/plugins/logging';
import { metricsPlugin } from '../../../src/gateway/plugins/metrics';
import { Observability } from '../../../src/observability/observability';
import type { GatewayContext } from '../../../src/gateway/context';

/**
 * A plugin with nothing to do for a request gives Apollo no listener (Apollo calls and awaits every
 * listener's hooks, for every request): what each plugin does with the listeners it does give is
 * tested with the gateway (input-checks, logging, metrics, the e2e cost tests).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the plugins read only `request.query` and `contextValue` of Apollo's request context
const started = (plugin: ApolloServerPlugin<any>, query: string, contextValue: Partial<GatewayContext> = {}) =>
  plugin.requestDidStart?.({ request: { query }, contextValue } as unknown as GraphQLRequestContext<GatewayContext>);

const LIST = '{ networkInterfaces(first: 1) { edges { node { id } } } }';

describe('request listeners', () => {
  it('cost and input checks give no listener to a query of introspection fields alone, and one to a query that reads a list', async () => {
    for (const plugin of [costPlugin({ maxProviderCalls: 10, cacheTtlMs: 0 }), inputChecksPlugin()]) {
      expect(await started(plugin, '{ __typename }')).toBeUndefined();
      expect(await started(plugin, 'query Probe { __typename ... on Query { __typename } }')).toBeUndefined();
      expect(await started(plugin, LIST)).toBeDefined();
      // A mutation is never "introspection alone": it is checked and estimated as before.
      expect(await started(plugin, 'mutation { __typename }')).toBeDefined();
    }
  });

  it('logging gives no listener when its logger writes nothing (silent), one when it writes errors', async () => {
    expect(await started(loggingPlugin(pino({ level: 'silent' })), LIST)).toBeUndefined();
    expect(await started(loggingPlugin(pino({ level: 'error' })), LIST)).toBeDefined();
  });

  it('metrics always counts the request; it hooks the operation and errors only when the request has a trace span', async () => {
    const plugin = metricsPlugin(new Observability({ logger: pino({ level: 'silent' }) }));
    const untraced = await started(plugin, '{ __typename }');
    expect(untraced?.willSendResponse).toBeDefined();
    expect(untraced?.responseForOperation).toBeDefined();
    expect(untraced?.didResolveOperation).toBeUndefined();
    expect(untraced?.didEncounterErrors).toBeUndefined();
    const span = { updateName: () => span, setAttribute: () => span } as unknown as NonNullable<GatewayContext['requestSpan']>;
    const traced = await started(plugin, '{ __typename }', { requestSpan: span });
    expect(traced?.didResolveOperation).toBeDefined();
    expect(traced?.didEncounterErrors).toBeDefined();
  });
});
