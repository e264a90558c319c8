import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * Writes an answer whose body is known whole, with its Content-Length. `writeHead` sends the head
 * at once, so Node cannot add the length itself and would frame the body as chunked: more bytes,
 * more buffers per write and a chunked parse on the client, for every answer.
 */
export function writeWhole(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: string | Buffer): void {
  res.writeHead(status, { ...headers, 'content-length': typeof body === 'string' ? Buffer.byteLength(body) : body.length });
  res.end(body);
}
