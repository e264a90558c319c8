/**
 * The floor of one HTTP hop: a node:http server, in its own process like netplane's gateway, that
 * reads a request's body and answers a fixed small GraphQL result — no framework, no work. The
 * bench times it beside the failing mutation (target 7): what any gateway process between a client
 * and a provider adds at least, on this machine and at the same pacing.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { announceReady, serveParent } from './child';

const ANSWER = '{"data":{"hello":"world"}}';

async function main(): Promise<void> {
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(ANSWER) });
      response.end(ANSWER);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  serveParent({}, () => new Promise<void>((resolve) => server.close(() => resolve())));
  announceReady({ url: `http://127.0.0.1:${port}/` });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
