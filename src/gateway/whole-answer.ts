import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * Writes an answer whose body is known whole, with its Content-Length. `writeHead` sends the head
 * at once, so Node cannot add the length itself and would frame the body as chunked: more bytes,
 * more buffers per write and a chunked parse on the client, for every answer.
 *
 * `headers` is the caller's object, made for this answer: the length is added to it rather than to
 * a copy made for every answer.
 */
export function writeWhole(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: string | Buffer): void {
  headers['content-length'] = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  res.writeHead(status, headers);
  res.end(body);
}
