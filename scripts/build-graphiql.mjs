// Bundles GraphiQL 5 (Monaco editors, their web workers), React and the example operations into
// public/graphiql/, so the page the gateway serves loads nothing from another host.
// Run by `npm ci` through the "prepare" script, and by `npm run build:graphiql`.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'public', 'graphiql');

/**
 * src/graphql/<resource>/examples.graphql, one tab per operation. A `# variables: {…}` comment line
 * before an operation becomes that tab's variables. Fragments are not used (codegen inlines nothing).
 */
function exampleTabs() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'examples.graphql') files.push(path);
    }
  };
  walk(join(root, 'src', 'graphql'));
  const tabs = [];
  for (const file of files) {
    let variables;
    let current = null;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const declared = line.match(/^# variables: (.*)$/);
      if (declared) {
        variables = JSON.stringify(JSON.parse(declared[1]), null, 2);
        continue;
      }
      if (/^(query|mutation) /.test(line)) {
        current = { lines: [], variables };
        variables = undefined;
        tabs.push(current);
      }
      if (current && !line.startsWith('#')) current.lines.push(line);
    }
  }
  if (tabs.length === 0) throw new Error('build-graphiql: no operations found in src/graphql/**/examples.graphql');
  const out = tabs.map((t) => ({ query: `${t.lines.join('\n').trim()}\n`, ...(t.variables && { variables: t.variables }) }));
  // The fleet query first: it is what a visitor wants to see.
  return out.sort((a, b) => (a.query.startsWith('query Fleet') ? -1 : b.query.startsWith('query Fleet') ? 1 : 0));
}

/**
 * A tab watching every operation the visitor may read (operationUpdated over WebSocket); run it,
 * then a mutation in another tab, and each change of its operation arrives here.
 */
const WATCH_TAB = {
  query: `subscription WatchOperations {
  operationUpdated(filter: {}) {
    id
    mutation
    status
    target { provider account region nativeId }
    providerRequestIds
    error { __typename code message }
    createdAt
    finishedAt
  }
}
`,
};

const entry = `
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws/client';
import 'graphiql/style.css';

const WORKERS = { json: 'json.worker.js', graphql: 'graphql.worker.js' };
globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    return new Worker(new URL('/graphiql/' + (WORKERS[label] || 'editor.worker.js'), window.location.origin));
  },
};

// Subscriptions go over WebSocket (graphql-ws) to the same /graphql, same origin: ws:// or wss:// as the page.
const endpoint = new URL('/graphql', window.location.origin);
const socketEndpoint = new URL(endpoint.href);
socketEndpoint.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

// A browser cannot set headers on a WebSocket: the Authorization of the headers pane goes in
// connection_init, one connection per credential (changing the key opens a new one).
const socketClients = new Map();
function socketClientFor(headers) {
  const authorization = (headers && (headers.Authorization || headers.authorization)) || '';
  let client = socketClients.get(authorization);
  if (!client) {
    client = createClient({ url: socketEndpoint.href, lazy: true, retryAttempts: 3, connectionParams: authorization ? { authorization } : {} });
    socketClients.set(authorization, client);
  }
  return client;
}

const tabs = ${JSON.stringify([...exampleTabs(), WATCH_TAB])};
const fetcher = (params, options) =>
  createGraphiQLFetcher({ url: endpoint.href, wsClient: socketClientFor(options && options.headers) })(params, options);
createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultQuery: tabs.length ? tabs[0].query : undefined }),
);
`;

const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>netplane GraphiQL</title>
    <link rel="stylesheet" href="/graphiql/graphiql.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script type="module" src="/graphiql/graphiql.js"></script>
  </body>
</html>
`;

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const common = {
  bundle: true,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
  absWorkingDir: root,
  publicPath: '/graphiql',
};
await build({
  ...common,
  stdin: { contents: entry, resolveDir: root, sourcefile: 'graphiql-entry.js', loader: 'js' },
  outfile: join(outdir, 'graphiql.js'),
  format: 'esm',
  target: ['es2022'],
});
const workers = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};
await build({
  ...common,
  entryPoints: Object.fromEntries(Object.entries(workers).map(([name, module]) => [name, module])),
  outdir,
  format: 'iife',
  target: ['es2022'],
});
writeFileSync(join(outdir, 'index.html'), html);
console.log(`GraphiQL bundled into ${relative(root, outdir)}`);
