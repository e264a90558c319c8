import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../../src/gateway';
import { gatewayWith } from './gateway-fixture';

/**
 * The GraphQL-over-HTTP spec's audit suite (graphql-http's serverAudits) against the real gateway.
 * Every MUST audit passes; the audits that do not pass are exactly the ones the README lists with
 * the reason (section "GraphQL over HTTP"), so the list cannot go stale.
 */

let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await gatewayWith();
});
afterAll(async () => {
  await gateway.close();
});

/** The audit ids the README lists as not passing: table rows starting with | `XXXX` |. */
function auditsTheReadmeExplains(): string[] {
  const readme = readFileSync(resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf('<!-- graphql-over-http audits -->');
  const end = readme.indexOf('<!-- /graphql-over-http audits -->');
  expect(start, 'README marks its list of audits').toBeGreaterThan(-1);
  return [...readme.slice(start, end).matchAll(/^\| `([0-9A-F]{4})` \|/gm)].map((m) => m[1] as string).sort();
}

describe('GraphQL over HTTP audits (graphql-http serverAudits)', () => {
  it('passes every MUST audit, and fails only the audits the README explains', async () => {
    const audits = serverAudits({ url: () => gateway.url });
    expect(audits.length).toBeGreaterThan(50);
    const notPassing: { id: string; name: string; reason: string }[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok') notPassing.push({ id: audit.id, name: audit.name, reason: result.reason });
    }
    expect(notPassing.filter((a) => a.name.startsWith('MUST'))).toEqual([]);
    expect(notPassing.map((a) => a.id).sort()).toEqual(auditsTheReadmeExplains());
  }, 60_000);
});
