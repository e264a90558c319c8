/**
 * The floor of any process between a client and a provider: a TCP relay, in its own process like
 * netplane's gateway, that pipes each accepted connection to the upstream address byte for byte —
 * no HTTP parsing, no work. The official SDK pointed at it makes the same call as straight to the
 * emulator (it signs the host it is given, and the emulator verifies what it receives), so
 * "SDK through the relay − SDK direct" is what one more process on the path costs on this machine
 * at the bench's pacing: the least target 7's difference can be.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { announceReady, serveParent } from './child';

async function main(): Promise<void> {
  const upstream = new URL(process.argv[2] ?? '');
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    client.setNoDelay(true);
    const provider = net.connect({ host: upstream.hostname, port: Number(upstream.port), noDelay: true });
    open.add(client).add(provider);
    client.pipe(provider).pipe(client);
    const close = () => {
      client.destroy();
      provider.destroy();
      open.delete(client);
      open.delete(provider);
    };
    client.on('error', close).on('close', close);
    provider.on('error', close).on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  serveParent({}, () => {
    for (const socket of open) socket.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  announceReady({ url: `http://127.0.0.1:${port}/` });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
