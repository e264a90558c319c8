/**
 * The throughput scenario's load generator, in a process of its own as load generators run: the
 * benchmark's own process holds by then the fleet's fixtures, the script's adapters and every
 * scenario's results, and its garbage collections would weigh on whichever server it happens to be
 * loading. Command `load` `{ url, query, seconds, concurrency }`: that many clients, each sending
 * the query as soon as its previous answer arrived, for that long; the answers counted (any status
 * but 200 fails the command).
 */
import { performance } from 'node:perf_hooks';
import { announceReady, serveParent } from './child';
import { closeClient, post } from './http-client';

interface LoadRequest {
  url: string;
  query: string;
  seconds: number;
  concurrency: number;
}

async function load({ url, query, seconds, concurrency }: LoadRequest): Promise<{ answers: number; seconds: number }> {
  const body = JSON.stringify({ query });
  const started = performance.now();
  const until = started + seconds * 1000;
  let answers = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const answer = await post(url, body);
        if (answer.status !== 200) throw new Error(`${url}: ${answer.status} ${answer.body.slice(0, 200)}`);
        answers++;
      }
    }),
  );
  return { answers, seconds: (performance.now() - started) / 1000 };
}

serveParent({ load: (payload) => load(payload as LoadRequest) }, async () => closeClient());
announceReady({ pid: process.pid });
