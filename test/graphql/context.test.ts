import { describe, expect, it } from 'vitest';
import { ProviderCallTally } from '../../src/cache/call-tally';
import { LOOPBACK_DEMO_PRINCIPAL } from '../../src/auth/principal';
import { createContext, listsAskedSettled, RequestLoaders, type AdapterDirectory } from '../../src/graphql/context';

/** A directory with no partitions: the loaders are made, never asked to load. */
const NO_ADAPTERS: AdapterDirectory = { partitions: () => [], adapterFor: () => undefined };

describe('RequestLoaders', () => {
  it('a request that reads no loader makes none, and its lists are settled at once', async () => {
    const loaders = new RequestLoaders(NO_ADAPTERS, new ProviderCallTally());
    expect(loaders.made()).toEqual([]);
    await listsAskedSettled(loaders);
    expect(loaders.made()).toEqual([]);
  });

  it('a kind is made the first time it is read, once, and only that kind', () => {
    const loaders = new RequestLoaders(NO_ADAPTERS, new ProviderCallTally());
    const first = loaders.ElasticIp;
    expect(loaders.ElasticIp).toBe(first);
    expect(loaders['ElasticIp']).toBe(first);
    expect(loaders.made()).toEqual([first]);
    const second = loaders.VifPeer;
    expect(loaders.made()).toEqual(expect.arrayContaining([first, second]));
    expect(loaders.made()).toHaveLength(2);
  });

  it('every kind a resolver can name is there, each with its own loaders', () => {
    const loaders = new RequestLoaders(NO_ADAPTERS, new ProviderCallTally());
    const kinds = [loaders.NetworkInterface, loaders.VirtualIp, loaders.ElasticIp, loaders.VifPeer, loaders.VirtualInterface];
    expect(new Set(kinds).size).toBe(5);
    expect(loaders.made()).toHaveLength(5);
  });
});

describe('createContext', () => {
  it('a fresh context per request: its own scope (one given is used) and its own loaders, none made yet', () => {
    const scope = new ProviderCallTally('req-1');
    const a = createContext(NO_ADAPTERS, 'req-1', LOOPBACK_DEMO_PRINCIPAL, scope);
    const b = createContext(NO_ADAPTERS, 'req-2', LOOPBACK_DEMO_PRINCIPAL);
    expect(a.requestScope).toBe(scope);
    expect(b.requestScope).not.toBe(scope);
    expect(b.requestScope.requestId).toBe('req-2');
    expect(a.loaders).not.toBe(b.loaders);
    expect(a.loaders.made()).toEqual([]);
    expect(a.principal).toBe(LOOPBACK_DEMO_PRINCIPAL);
  });
});
