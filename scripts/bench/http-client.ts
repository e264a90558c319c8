import http from 'node:http';
import zlib from 'node:zlib';

/**
 * The benchmark's HTTP client: node:http over kept-alive sockets (cheaper per request than fetch,
 * so the client takes less of the 2 cores the gateway needs), a timeout on every request, one
 * retry of a request whose kept-alive socket was closed under it (queries are safe to resend),
 * and gzip/br bodies decoded. `wireBytes` is what crossed the socket.
 */

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  wireBytes: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });

function once(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers }, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'];
          const decoded = encoding === 'gzip' ? zlib.gunzipSync(raw) : encoding === 'br' ? zlib.brotliDecompressSync(raw) : raw;
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: decoded.toString('utf8'), wireBytes: raw.length });
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`request to ${url} timed out after ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}

export async function post(url: string, body: string, headers: Record<string, string> = {}, timeoutMs = 120_000): Promise<HttpAnswer> {
  try {
    return await once(url, body, headers, timeoutMs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ECONNRESET' && code !== 'EPIPE') throw error;
    return once(url, body, headers, timeoutMs);
  }
}

export function closeClient(): void {
  agent.destroy();
}
