import { z } from 'zod';
import { strictObject } from './strict-object';

/**
 * How many GraphQL subscriptions the gateway serves over WebSocket (src/gateway/subscriptions.ts),
 * configurable in `gateway.subscriptions`. A connection holds a socket and a subscription a
 * listener of the store's watch: both are bounded so that watchers cannot starve the queries.
 */
export interface SubscriptionLimits {
  /** Open WebSocket connections the gateway keeps; one more is closed with 1013 (try again later). */
  maxConnections: number;
  /** Subscriptions running at once on one connection; one more is answered TOO_MANY_SUBSCRIPTIONS. */
  maxSubscriptionsPerConnection: number;
}

/** A dashboard needs one connection and a few subscriptions; 1000 connections is far above a team's watchers yet bounds sockets. */
export const DEFAULT_SUBSCRIPTION_LIMITS: Readonly<SubscriptionLimits> = Object.freeze({
  maxConnections: 1_000,
  maxSubscriptionsPerConnection: 20,
});

export const subscriptionLimitsSchema = strictObject({
  maxConnections: z.number().int().min(1).max(100_000).default(DEFAULT_SUBSCRIPTION_LIMITS.maxConnections),
  maxSubscriptionsPerConnection: z.number().int().min(1).max(1_000).default(DEFAULT_SUBSCRIPTION_LIMITS.maxSubscriptionsPerConnection),
});
