import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpTransport, TransportFault } from '../../../src/providers/common/transport';

let server: Server | undefined;
const transports: HttpTransport[] = [];

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function transport(requestTimeoutMs = 2_000): HttpTransport {
  const t = new HttpTransport({ connectTimeoutMs: 1_000, requestTimeoutMs, connections: 4 });
  transports.push(t);
  return t;
}

async function faultOf(promise: Promise<unknown>): Promise<TransportFault> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof TransportFault) return err;
    throw err;
  }
  throw new Error('expected a transport fault');
}

afterEach(async () => {
  await Promise.all(transports.splice(0).map((t) => t.close()));
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe('HttpTransport', () => {
  it('returns status, lower-cased headers and body', async () => {
    const url = await serve((req, res) => {
      res.writeHead(201, { 'X-Request-Id': 'abc', 'content-type': 'application/json' });
      res.end(JSON.stringify({ method: req.method }));
    });
    const res = await transport().send({ method: 'PUT', url: `${url}/x`, headers: {}, body: '{}' });
    expect(res).toMatchObject({ status: 201, body: '{"method":"PUT"}' });
    expect(res.headers['x-request-id']).toBe('abc');
  });

  it('reports a refused connection as never having reached the provider', async () => {
    const url = await serve((_req, res) => res.end());
    const closedUrl = url;
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const fault = await faultOf(transport().send({ method: 'GET', url: closedUrl, headers: {} }));
    expect(fault.kind).toBe('CONNECT_FAILED');
    expect(fault.mayHaveReachedProvider).toBe(false);
  });

  it('reports a response that never comes as a timeout that may have reached the provider', async () => {
    const url = await serve(() => {
      /* never answers */
    });
    const fault = await faultOf(transport(200).send({ method: 'POST', url, headers: {} }));
    expect(fault.kind).toBe('TIMEOUT');
    expect(fault.mayHaveReachedProvider).toBe(true);
  });

  it('reports a dropped connection as a reset that may have reached the provider', async () => {
    const url = await serve((req) => req.socket.destroy());
    const fault = await faultOf(transport().send({ method: 'POST', url, headers: {} }));
    expect(fault.kind).toBe('CONNECTION_RESET');
    expect(fault.mayHaveReachedProvider).toBe(true);
  });
});
