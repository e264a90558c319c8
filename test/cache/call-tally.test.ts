import { describe, expect, it } from 'vitest';
import { MAX_LISTED_PROVIDER_CALLS, ProviderCallTally } from '../../src/cache/call-tally';
import { providerCallEvent } from '../support/provider-call-event';

const event = providerCallEvent;

describe('ProviderCallTally', () => {
  it('lists the provider calls recorded into it for the log line, at most MAX_LISTED_PROVIDER_CALLS, counting every one', () => {
    const tally = new ProviderCallTally('req-many');
    const total = MAX_LISTED_PROVIDER_CALLS + 25;
    for (let n = 0; n < total; n++) tally.recordCall(event(n));
    expect(tally.requestId).toBe('req-many');
    expect(tally.providerCallCount).toBe(total);
    expect(tally.providerCalls).toHaveLength(MAX_LISTED_PROVIDER_CALLS);
    expect(tally.providerCalls[0]).toEqual({ provider: 'ALIBABA', operation: 'DescribeNetworkInterfaces', requestId: 'provider-req-0', status: 200, code: null, ms: 1.3 });
  });

  it("lists a connection's calls (its child scope) as the request's, under the request's id", () => {
    const tally = new ProviderCallTally('req-page');
    const page = tally.snapshot(null);
    page.recordCall(event(1));
    expect(page.requestId).toBe('req-page');
    expect(tally.providerCalls.map((c) => c.requestId)).toEqual(['provider-req-1']);
  });
});
