import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MUTATION_NAMES, operationsOf } from '../../../../src/domain/mutations';
import { alibabaCatalog } from '../../../../src/providers/alibaba/error-catalog';
import { isAction } from '../../../../src/providers/alibaba/wire';
import { caller, networkFixture, startAlibaba, type TestEmulator } from '../support';

/**
 * The emulator renders every catalog row of every operation the descriptors name for Alibaba, by
 * fault injection: the client reads back the same code and HTTP status (the gateway-level round
 * trip is the integrator's e2e test; this one keeps the emulator side honest on its own).
 */

let emu: TestEmulator;
let api: ReturnType<typeof caller>;

beforeAll(async () => {
  emu = await startAlibaba();
  api = caller(emu.url);
});
afterAll(async () => {
  await api.close();
  await emu.close();
});
beforeEach(async () => {
  await emu.control.reset();
  await emu.control.seed(networkFixture());
});

const operations = [...new Set(MUTATION_NAMES.flatMap((m) => operationsOf(m, 'ALIBABA')))];

describe('every catalog row of the Alibaba lifecycle operations renders', () => {
  it.each(operations)('%s', async (operation) => {
    expect(isAction(operation)).toBe(true);
    if (!isAction(operation)) return;
    for (const entry of alibabaCatalog.forOperation(operation)) {
      await emu.control.arm({ match: { operation }, count: 1, fault: { kind: 'error', code: entry.code, httpStatus: entry.httpStatus } });
      const r = await api.call(operation, {});
      expect(r.ok ? 'OK' : [r.error.code, r.error.httpStatus, r.error.documented], `${operation} ${entry.code}`).toEqual([entry.code, entry.httpStatus, true]);
    }
  });
});
