import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load';
import { demoConfig } from '../../src/config/demo';
import { DEFAULT_SUBSCRIPTION_LIMITS } from '../../src/gateway/subscriptions';
import { account } from '../support/config';

/** `gateway.subscriptions` in the configuration: the WebSocket limits `npm start` passes to the gateway. */


describe('subscription limits in the configuration', () => {
  it('default to 1000 connections and 20 subscriptions per connection, in the demo too', () => {
    expect(parseConfig({ accounts: [account] }, 'test', {}).gateway.subscriptions).toEqual({ maxConnections: 1_000, maxSubscriptionsPerConnection: 20 });
    expect(DEFAULT_SUBSCRIPTION_LIMITS).toEqual({ maxConnections: 1_000, maxSubscriptionsPerConnection: 20 });
    expect(demoConfig().gateway.subscriptions).toEqual(DEFAULT_SUBSCRIPTION_LIMITS);
  });

  it('take values in range and name a value out of range or a misspelled key', () => {
    const set = parseConfig({ accounts: [account], gateway: { subscriptions: { maxConnections: 5, maxSubscriptionsPerConnection: 1 } } }, 'test', {});
    expect(set.gateway.subscriptions).toEqual({ maxConnections: 5, maxSubscriptionsPerConnection: 1 });
    expect(() => parseConfig({ accounts: [account], gateway: { subscriptions: { maxConnections: 0 } } }, 'test', {})).toThrow(/gateway\.subscriptions\.maxConnections/);
    expect(() => parseConfig({ accounts: [account], gateway: { subscriptions: { maxSubscriptions: 3 } } }, 'test', {})).toThrow(ConfigError);
  });
});
