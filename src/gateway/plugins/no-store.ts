import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * GraphQL answers are `Cache-Control: no-store`, as Apollo's cache-control plugin made them for a
 * schema without cache hints (netplane has none; its cache windows are reported in
 * `extensions.cacheControl` by ./cost.ts). That plugin is switched off because it hooks
 * `willResolveField`, which makes Apollo wrap every field's resolver: tens of thousands of extra
 * calls and objects on a dashboard page, for hints no field gives.
 */
export const UNCACHEABLE = 'no-store';

export function noStorePlugins(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', UNCACHEABLE);
          },
        };
      },
    },
  ];
}
