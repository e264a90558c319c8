import { expect } from 'vitest';
import type { Result } from '../../../../../src/domain/errors';
import { caller, type TestEmulator } from '../../support';

/** Reads over our client, and the assertion every refused change shares: verbatim code and status, state untouched. */
export function emulatorApi(emu: TestEmulator) {
  const api = caller(emu.url);

  async function read<T>(action: Parameters<typeof api.call>[0], params: Record<string, unknown>): Promise<T> {
    const r = await api.call<T>(action, params);
    if (!r.ok) throw new Error(`${action}: ${r.error.code}`);
    return r.value;
  }

  /** The call fails with `code` and `httpStatus`, and the emulator's state is what it was before. */
  async function refused(action: Parameters<typeof api.call>[0], params: Record<string, unknown>, code: string, httpStatus: number) {
    const before = await emu.control.snapshot();
    const r: Result<unknown> = await api.call(action, params);
    expect(r.ok ? 'OK' : { code: r.error.code, httpStatus: r.error.httpStatus }).toEqual({ code, httpStatus });
    expect(await emu.control.snapshot()).toEqual(before);
  }

  return { call: api.call, read, refused, close: api.close };
}
