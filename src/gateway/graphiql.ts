import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { REQUEST_ID_HEADER } from './context';
import { writeWhole } from './whole-answer';

/** The nearest folder at or above `from` holding package.json: the checkout, whether this module runs from src/ (tsx) or dist/src/ (the build). */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '../..');
  }
}

/** Where scripts/build-graphiql.mjs writes the bundle (gitignored, built by `npm ci` through "prepare"). */
export const DEFAULT_GRAPHIQL_DIR = join(packageRoot(__dirname), 'public', 'graphiql');
export const GRAPHIQL_PREFIX = '/graphiql/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** Same-origin only: the page loads nothing from another host (also enforced in the browser). */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
].join('; ');

export function wantsHtml(accept: string | undefined): boolean {
  return accept !== undefined && accept.includes('text/html');
}

function missingBundle(res: ServerResponse): void {
  writeWhole(res, 503, { 'content-type': 'text/plain; charset=utf-8' }, 'The GraphiQL bundle is not built: run `npm run build:graphiql` (npm ci runs it).\n');
}

/**
 * GraphiQL switched off: a browser asking the GraphQL path for a page gets 406 Not Acceptable —
 * the endpoint exists but answers only GraphQL responses (application/graphql-response+json or
 * application/json), which such a request does not accept.
 */
export function refuseGraphiqlPage(res: ServerResponse, requestId: string): void {
  writeWhole(
    res,
    406,
    { 'content-type': 'text/plain; charset=utf-8', [REQUEST_ID_HEADER]: requestId },
    'GraphiQL is switched off on this gateway (gateway.graphiql: false). Send GraphQL requests with Accept: application/graphql-response+json or application/json.\n',
  );
}

export async function serveGraphiqlPage(dir: string, res: ServerResponse): Promise<void> {
  let html: Buffer;
  try {
    html = await readFile(join(dir, 'index.html'));
  } catch {
    missingBundle(res);
    return;
  }
  writeWhole(res, 200, { 'content-type': CONTENT_TYPES['.html'] as string, 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-cache' }, html);
}

/** Serves `/graphiql/<file>` from the bundle directory, never outside it. */
export async function serveGraphiqlAsset(dir: string, urlPath: string, res: ServerResponse): Promise<void> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(GRAPHIQL_PREFIX.length));
  } catch {
    relative = '\0'; // a malformed escape names no file of the bundle
  }
  const root = resolve(dir);
  const file = normalize(join(root, relative));
  if (!file.startsWith(root + sep) || relative.includes('\0')) {
    writeWhole(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found\n');
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    writeWhole(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found\n');
    return;
  }
  writeWhole(res, 200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'public, max-age=300' }, body);
}
