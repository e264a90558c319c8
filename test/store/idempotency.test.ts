import { describe, expect, it } from 'vitest';
import type { ProviderFailure } from '../../src/domain/errors';
import {
  ANONYMOUS_SCOPE,
  generateIdempotencyKey,
  IDEMPOTENCY_KEY_PATTERN,
  idempotencyScope,
  requestFingerprint,
  type ClaimRequest,
  type StoredOutcome,
} from '../../src/store';
import { BACKENDS, TestClock, unique, useStore } from './backends';

const RETENTION_SECONDS = 3600;
const LEASE_SECONDS = 30;

const unknownOutcome: ProviderFailure = {
  category: 'ProviderUnavailable',
  provider: 'ALIBABA',
  operation: 'CreateNetworkInterface',
  code: 'RequestTimeout',
  httpStatus: null,
  message: 'no answer within 15000 ms',
  requestId: null,
  retryable: true,
  documented: false,
  description: null,
  outcome: 'UNKNOWN',
};

function request(overrides: Partial<ClaimRequest> = {}): ClaimRequest {
  return {
    scope: ANONYMOUS_SCOPE,
    key: unique('key'),
    mutation: 'createNetworkInterface',
    fingerprint: requestFingerprint({ vSwitchId: 'vsw-1', securityGroupId: 'sg-1' }),
    ...overrides,
  };
}

describe('idempotency keys: helpers', () => {
  it('scopes keys per principal and keeps anonymous callers apart from a principal named "anonymous"', () => {
    expect(idempotencyScope(null)).toBe(ANONYMOUS_SCOPE);
    expect(idempotencyScope('alice')).toBe('principal:alice');
    expect(idempotencyScope('anonymous')).not.toBe(ANONYMOUS_SCOPE);
  });

  it('accepts 1 to 64 printable ASCII characters and generates keys that fit', () => {
    expect(IDEMPOTENCY_KEY_PATTERN.test('a')).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('x'.repeat(64))).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('x'.repeat(65))).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('')).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('clé')).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('tab\there')).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test(generateIdempotencyKey())).toBe(true);
  });
});

describe.each(BACKENDS)('idempotency keys on %s', (backend) => {
  const clock = new TestClock();
  const store = useStore(backend, { clock: clock.now, idempotencyRetentionSeconds: RETENTION_SECONDS, inFlightLeaseSeconds: LEASE_SECONDS });

  it('claims a new key once, holding it IN_FLIGHT with its operation and expiry', async () => {
    const claim = await store().idempotency.claim(request({ operationId: 'op-1' }));
    expect(claim.kind).toBe('claimed');
    if (claim.kind !== 'claimed') return;
    expect(claim.takeover).toBe(false);
    expect(claim.record).toMatchObject({ state: 'IN_FLIGHT', operationId: 'op-1', outcome: null, completedAt: null });
    expect(Date.parse(claim.record.expiresAt) - Date.parse(claim.record.createdAt)).toBe(RETENTION_SECONDS * 1000);
    expect(Date.parse(claim.record.lockedUntil ?? '') - Date.parse(claim.record.createdAt)).toBe(LEASE_SECONDS * 1000);
  });

  it('answers in_flight to the same key and input while the first request runs', async () => {
    const first = request({ operationId: 'op-running' });
    await store().idempotency.claim(first);
    const second = await store().idempotency.claim({ ...first, operationId: 'op-other' });
    expect(second.kind).toBe('in_flight');
    expect(second.record.operationId).toBe('op-running');
  });

  it('replays the stored success to the same key and input, without a second claim', async () => {
    const first = request();
    const claim = await store().idempotency.claim(first);
    if (claim.kind !== 'claimed') throw new Error('expected a claim');
    const outcome: StoredOutcome = { ok: true, payload: { operationId: 'op-9', nativeId: 'eni-123' } };
    expect(await store().idempotency.complete(first, claim.claimToken, outcome, 'op-9')).toBe(true);

    const again = await store().idempotency.claim(first);
    expect(again.kind).toBe('replay');
    if (again.kind !== 'replay') return;
    expect(again.record.outcome).toEqual(outcome);
    expect(again.record.operationId).toBe('op-9');
    expect(again.record.completedAt).toBe(clock.now().toISOString());
  });

  it('replays a stored typed error the same way as a success', async () => {
    const first = request();
    const claim = await store().idempotency.claim(first);
    if (claim.kind !== 'claimed') throw new Error('expected a claim');
    await store().idempotency.complete(first, claim.claimToken, { ok: false, error: unknownOutcome });
    const again = await store().idempotency.claim(first);
    expect(again.kind === 'replay' && again.record.outcome).toEqual({ ok: false, error: unknownOutcome });
  });

  it('answers mismatch to the same key with a different input or a different mutation, completed or not', async () => {
    const first = request();
    const claim = await store().idempotency.claim(first);
    const otherInput = await store().idempotency.claim({ ...first, fingerprint: requestFingerprint({ vSwitchId: 'vsw-2' }) });
    expect(otherInput.kind).toBe('mismatch');
    expect(otherInput.record.fingerprint).toBe(first.fingerprint);
    if (claim.kind !== 'claimed') throw new Error('expected a claim');
    await store().idempotency.complete(first, claim.claimToken, { ok: true, payload: {} });
    expect((await store().idempotency.claim({ ...first, mutation: 'deleteNetworkInterface' })).kind).toBe('mismatch');
  });

  it('keeps the same key of two principals apart', async () => {
    const key = unique('shared');
    const alice = await store().idempotency.claim(request({ key, scope: idempotencyScope('alice') }));
    const bob = await store().idempotency.claim(request({ key, scope: idempotencyScope('bob'), fingerprint: requestFingerprint({ other: true }) }));
    expect([alice.kind, bob.kind]).toEqual(['claimed', 'claimed']);
  });

  it('gives exactly one of 40 concurrent claims of one key the claim; the others see it in flight', async () => {
    const first = request();
    const results = await Promise.all(Array.from({ length: 40 }, () => store().idempotency.claim(first)));
    const kinds = results.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'claimed')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'in_flight')).toHaveLength(39);
  });

  it('gives exactly one claim when concurrent claims of one key carry different inputs; the others see a mismatch or in_flight', async () => {
    const key = unique('race');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store().idempotency.claim(request({ key, fingerprint: requestFingerprint({ variant: i % 2 }) }))),
    );
    const winner = results.find((r) => r.kind === 'claimed');
    expect(results.filter((r) => r.kind === 'claimed')).toHaveLength(1);
    for (const r of results.filter((x) => x !== winner)) {
      expect(r.kind).toBe(r.record.fingerprint === requestFingerprint({ variant: results.indexOf(r) % 2 }) ? 'in_flight' : 'mismatch');
    }
  });

  it('completes only with the claim token that holds the key, and only once', async () => {
    const first = request();
    const claim = await store().idempotency.claim(first);
    if (claim.kind !== 'claimed') throw new Error('expected a claim');
    expect(await store().idempotency.complete(first, 'not-the-token', { ok: true, payload: {} })).toBe(false);
    expect(await store().idempotency.complete(first, claim.claimToken, { ok: true, payload: { n: 1 } })).toBe(true);
    expect(await store().idempotency.complete(first, claim.claimToken, { ok: true, payload: { n: 2 } })).toBe(false);
    expect((await store().idempotency.get(first))?.outcome).toEqual({ ok: true, payload: { n: 1 } });
  });

  it('lets a stale in-flight claim be taken over once its lease lapses, keeping its operation to reconcile', async () => {
    const first = request({ operationId: 'op-crashed' });
    const crashed = await store().idempotency.claim(first);
    if (crashed.kind !== 'claimed') throw new Error('expected a claim');
    clock.advanceSeconds(LEASE_SECONDS + 1);
    const retry = await store().idempotency.claim({ ...first, operationId: 'op-new' });
    expect(retry.kind).toBe('claimed');
    if (retry.kind !== 'claimed') return;
    expect(retry.takeover).toBe(true);
    expect(retry.record.operationId).toBe('op-crashed');
    expect(retry.record.createdAt).toBe(crashed.record.createdAt);
    // The crashed claimant's late answer no longer counts.
    expect(await store().idempotency.complete(first, crashed.claimToken, { ok: true, payload: {} })).toBe(false);
    expect(await store().idempotency.complete(first, retry.claimToken, { ok: true, payload: { reconciled: true } })).toBe(true);
  });

  it('keeps a renewed claim in flight past its first lease', async () => {
    const first = request();
    const claim = await store().idempotency.claim(first);
    if (claim.kind !== 'claimed') throw new Error('expected a claim');
    clock.advanceSeconds(LEASE_SECONDS - 1);
    expect(await store().idempotency.renew(first, claim.claimToken)).toBe(true);
    clock.advanceSeconds(LEASE_SECONDS - 1);
    expect((await store().idempotency.claim(first)).kind).toBe('in_flight');
  });

  it('frees a released key so a retry runs afresh, and refuses to release with another token', async () => {
    const first = request();
    const claim = await store().idempotency.claim(first);
    if (claim.kind !== 'claimed') throw new Error('expected a claim');
    expect(await store().idempotency.release(first, 'other')).toBe(false);
    expect(await store().idempotency.release(first, claim.claimToken)).toBe(true);
    const retry = await store().idempotency.claim(first);
    expect(retry.kind === 'claimed' && retry.takeover).toBe(false);
  });

  it('forgets keys after the retention: expired keys are free to claim and purged', async () => {
    const first = request();
    const claim = await store().idempotency.claim(first);
    if (claim.kind !== 'claimed') throw new Error('expected a claim');
    await store().idempotency.complete(first, claim.claimToken, { ok: true, payload: {} });
    const kept = request();
    clock.advanceSeconds(RETENTION_SECONDS - 10);
    await store().idempotency.claim(kept);
    clock.advanceSeconds(10);

    expect(await store().idempotency.get(first)).toBeNull();
    const reused = await store().idempotency.claim({ ...first, fingerprint: requestFingerprint({ anything: 'else' }) });
    expect(reused.kind === 'claimed' && reused.takeover).toBe(false);
    expect(reused.record.state).toBe('IN_FLIGHT');

    const expiredBefore = request();
    await store().idempotency.claim(expiredBefore);
    clock.advanceSeconds(RETENTION_SECONDS);
    const purged = await store().idempotency.purgeExpired();
    expect(purged).toBeGreaterThanOrEqual(3);
    expect(await store().idempotency.purgeExpired()).toBe(0);
    expect(await store().idempotency.get(kept)).toBeNull();
  });

  it('refuses keys that are not 1 to 64 printable ASCII characters', async () => {
    await expect(store().idempotency.claim(request({ key: '' }))).rejects.toThrow(RangeError);
    await expect(store().idempotency.claim(request({ key: 'k'.repeat(65) }))).rejects.toThrow(RangeError);
  });
});
