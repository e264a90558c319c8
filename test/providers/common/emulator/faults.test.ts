import { describe, expect, it } from 'vitest';
import { armFaultSchema, FaultInjector } from '../../../../src/providers/common/emulator/faults';
import { SeededIds } from '../../../../src/providers/common/emulator/ids';

const call = { operation: 'AssociateEipAddress', account: 'a1', region: 'cn-hangzhou' };

describe('FaultInjector', () => {
  it('answers the next N matching calls and then disarms', () => {
    const faults = new FaultInjector();
    faults.arm(armFaultSchema.parse({ match: { operation: 'AssociateEipAddress' }, count: 2, fault: { kind: 'drop' } }));
    expect(faults.take({ ...call, operation: 'DescribeEipAddresses' })).toBeUndefined();
    expect(faults.take(call)).toEqual({ kind: 'drop' });
    expect(faults.take(call)).toEqual({ kind: 'drop' });
    expect(faults.take(call)).toBeUndefined();
    expect(faults.list()).toEqual([]);
  });

  it('scopes a fault to one partition', () => {
    const faults = new FaultInjector();
    faults.arm(armFaultSchema.parse({ match: { account: 'a1', region: 'cn-shanghai' }, fault: { kind: 'error', code: 'ServiceUnavailable' } }));
    expect(faults.take(call)).toBeUndefined();
    expect(faults.take({ ...call, region: 'cn-shanghai' })).toMatchObject({ kind: 'error', code: 'ServiceUnavailable' });
  });

  it('rejects malformed fault requests', () => {
    expect(armFaultSchema.safeParse({ fault: { kind: 'explode' } }).success).toBe(false);
    expect(armFaultSchema.safeParse({ count: 0, fault: { kind: 'drop' } }).success).toBe(false);
    expect(armFaultSchema.parse({ fault: { kind: 'empty-5xx' } }).fault).toEqual({ kind: 'empty-5xx', httpStatus: 502 });
  });
});

describe('SeededIds', () => {
  it('produces the same ids from the same seed and different ones from another', () => {
    const a = new SeededIds(7);
    const b = new SeededIds(7);
    const c = new SeededIds(8);
    const seq = (ids: SeededIds) => [ids.uuid(), ids.string(10), ids.mac()];
    const first = seq(a);
    expect(seq(b)).toEqual(first);
    expect(seq(c)).not.toEqual(first);
    expect(first[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
