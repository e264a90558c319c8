import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compress, COMPRESSION_MIN_BYTES, negotiateEncoding } from '../../src/gateway/compression';
import type { RunningGateway } from '../../src/gateway';
import { gatewayWith } from './gateway-fixture';

describe('negotiateEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', null],
    ['*', 'br'],
    ['*;q=0.1, gzip;q=0.9', 'gzip'],
    ['GZIP', 'gzip'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });

  it('compresses so the body decodes back', async () => {
    const body = Buffer.from(JSON.stringify({ items: Array.from({ length: 500 }, (_, i) => ({ id: `eni-${i}` })) }));
    expect(zlib.brotliDecompressSync(await compress(body, 'br')).equals(body)).toBe(true);
    expect(zlib.gunzipSync(await compress(body, 'gzip')).equals(body)).toBe(true);
  });
});

describe('the gateway compresses large answers as the client accepts', () => {
  let gateway: RunningGateway | undefined;
  afterEach(async () => {
    await gateway?.close();
    gateway = undefined;
  });

  // Introspection answers are tens of kilobytes: large enough to be compressed.
  const ask = (url: string, acceptEncoding?: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(acceptEncoding !== undefined && { 'accept-encoding': acceptEncoding }) },
      body: JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' }),
    });

  it('br, gzip or none per Accept-Encoding; small answers go uncompressed', async () => {
    gateway = await gatewayWith();
    const br = await ask(gateway.url, 'gzip, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const body = await br.text(); // fetch decodes it
    expect(Buffer.byteLength(body)).toBeGreaterThan(COMPRESSION_MIN_BYTES);
    expect(JSON.parse(body).data.__schema.types.length).toBeGreaterThan(10);
    expect((await ask(gateway.url, 'gzip')).headers.get('content-encoding')).toBe('gzip');
    expect((await ask(gateway.url, 'identity')).headers.get('content-encoding')).toBeNull();
    const small = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'br' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('a query that reads no provider list is executed each time: only answers made of cached lists are kept for the window', async () => {
    gateway = await gatewayWith([], { cost: { cacheTtlMs: 60_000 } });
    const first = await ask(gateway.url, 'gzip');
    const second = await ask(gateway.url, 'gzip');
    expect(first.headers.get('x-netplane-shared')).toBeNull();
    expect(second.headers.get('x-netplane-shared')).toBeNull();
    expect(await second.text()).toBe(await first.text());
  });
});
