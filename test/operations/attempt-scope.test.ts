import { describe, expect, it } from 'vitest';
import { ProviderCallTally } from '../../src/cache/call-tally';
import type { Partition } from '../../src/domain/resources';
import { AttemptScope } from '../../src/operations/attempt-scope';
import { TRANSPORT_CODES } from '../../src/providers/common/failures';
import { DEFAULT_TRANSPORT_OPTIONS } from '../../src/providers/common/transport';
import { KEY, REGION, useEmulatorAndAdapter } from '../providers/alibaba/support';

/**
 * A mutation's own scope, passed with its provider call through the real Alibaba adapter to the
 * emulator: its deadline bounds the call (retries included), and it keeps that call's attempts.
 */

const alibaba = useEmulatorAndAdapter({
  // A request would wait 15 s for its answer and a failing call would be tried 50 times, 100 ms apart.
  transport: { ...DEFAULT_TRANSPORT_OPTIONS, requestTimeoutMs: 15_000 },
  retry: { maxAttempts: 50, baseDelayMs: 100, maxDelayMs: 100, factor: 1, jitter: 'none' },
});
const P: Partition = { provider: 'ALIBABA', account: KEY.account, region: REGION };

describe('AttemptScope', () => {
  it('aborts the request in flight at its deadline: the answer says the provider may have the change', async () => {
    await alibaba.emu.control.arm({ match: { operation: 'CreateNetworkInterface' }, count: 1, fault: { kind: 'applied-then-timeout' } });
    const scope = new AttemptScope(undefined, AbortSignal.timeout(300));
    const started = Date.now();
    const result = await alibaba.adapter.createNetworkInterface!(P, { vSwitchId: 'vsw-a', clientToken: 'deadline-token' }, scope);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: TRANSPORT_CODES.DEADLINE, outcome: 'UNKNOWN' });
    expect(await alibaba.emu.control.calls('CreateNetworkInterface')).toHaveLength(1);
    expect(scope.calls.map((c) => [c.operation, c.code])).toEqual([['CreateNetworkInterface', TRANSPORT_CODES.DEADLINE]]);
  });

  it('starts no retry after its deadline', async () => {
    await alibaba.emu.control.arm({ match: { operation: 'CreateNetworkInterface' }, count: 50, fault: { kind: 'error', code: 'ServiceUnavailable' } });
    const scope = new AttemptScope(undefined, AbortSignal.timeout(350));
    const started = Date.now();
    const result = await alibaba.adapter.createNetworkInterface!(P, { vSwitchId: 'vsw-a', clientToken: 'retried-token' }, scope);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(result.ok).toBe(false);
    const sent = await alibaba.emu.control.calls('CreateNetworkInterface');
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(sent.length).toBeLessThanOrEqual(5);
    expect(scope.calls).toHaveLength(sent.length);
  });

  it("keeps the provider request id of each of its call's attempts, and records them in the request's scope too", async () => {
    await alibaba.emu.control.arm({ match: { operation: 'CreateNetworkInterface' }, count: 1, fault: { kind: 'error', code: 'ServiceUnavailable' } });
    const request = new ProviderCallTally('req-mutation');
    const scope = new AttemptScope(request, AbortSignal.timeout(5_000));
    expect((await alibaba.adapter.createNetworkInterface!(P, { vSwitchId: 'vsw-a', clientToken: 'kept-token' }, scope)).ok).toBe(true);
    const answered = (await alibaba.emu.control.calls('CreateNetworkInterface')).map((c) => c.requestId);
    expect(answered).toHaveLength(2);
    expect(scope.calls.map((c) => c.requestId)).toEqual(answered);
    expect(request.providerCalls.map((c) => c.requestId)).toEqual(answered);
    expect(request).toMatchObject({ actual: 2, requestId: 'req-mutation' });
    expect(scope.requestId).toBe('req-mutation');
  });
});
