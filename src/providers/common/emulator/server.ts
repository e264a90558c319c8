import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { handleControl } from './control-api';
import type { EmulatorRequest, ProviderEmulatorCore } from './runtime';

const MAX_BODY_BYTES = 1024 * 1024;
export const CONTROL_PREFIX = '/_emulator/';

export interface RunningEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves one provider emulator on loopback: `/_emulator/…` goes to the control API, everything
 * else to the provider's wire protocol.
 */
export async function startEmulatorServer(
  core: ProviderEmulatorCore,
  options: { host?: string; port?: number } = {},
): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    void serve(core, req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'emulator failure', detail: err instanceof Error ? err.message : String(err) }));
      } else {
        res.destroy();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`${core.name} emulator: port ${options.port} on ${host} is already in use (set emulators.${core.name}Port in the configuration)`)
          : err,
      );
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

async function serve(core: ProviderEmulatorCore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  if (body === null) {
    res.writeHead(413, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'request body too large' }));
    return;
  }
  const rawUrl = req.url ?? '/';
  const q = rawUrl.indexOf('?');
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const rawQuery = q < 0 ? '' : rawUrl.slice(q + 1);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const request: EmulatorRequest = { method: req.method ?? 'GET', path, rawQuery, headers, body };

  if (path.startsWith(CONTROL_PREFIX)) {
    const reply = await handleControl(core, request);
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(reply.body);
    return;
  }

  core.runtime.scheduler.runDue();
  const outcome = await core.handle(request);
  if ('drop' in outcome) {
    req.socket.destroy();
    return;
  }
  if ('hang' in outcome) return; // the socket stays open until the client gives up or we close
  res.writeHead(outcome.status, { 'content-type': 'application/json;charset=utf-8', ...outcome.headers });
  res.end(outcome.body);
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
