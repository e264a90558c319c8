import { z } from 'zod';
import { armFaultSchema } from './faults';
import { ProviderModel, providerModelSchema } from './provider-model';
import type { EmulatorReply, EmulatorRequest, ProviderEmulatorCore } from './runtime';

/**
 * The emulators' control plane under /_emulator/ (never on a provider path):
 *   GET    /_emulator/health
 *   POST   /_emulator/reset      {seed?, fixture?: "empty"|"demo"}
 *   POST   /_emulator/seed       provider-specific fixture
 *   GET    /_emulator/snapshot
 *   GET    /_emulator/clock      POST /_emulator/clock {advanceMs?, freeze?, unfreeze?}
 *   GET    /_emulator/faults     POST /_emulator/faults {match, count, fault}   DELETE /_emulator/faults
 *   GET    /_emulator/calls?operation=&account=&region=                          DELETE /_emulator/calls
 *   GET    /_emulator/model      POST /_emulator/model {latency, rateLimits, throttle, seed}   DELETE /_emulator/model
 */

const resetSchema = z.object({
  seed: z.number().int().min(0).max(2 ** 31).default(1),
  fixture: z.enum(['empty', 'demo']).default('empty'),
});

const clockSchema = z
  .object({
    advanceMs: z.number().int().min(0).optional(),
    freeze: z.boolean().optional(),
    unfreeze: z.boolean().optional(),
  })
  .refine((v) => !(v.freeze && v.unfreeze), 'freeze and unfreeze are exclusive');

function json(status: number, value: unknown): EmulatorReply {
  return { status, body: JSON.stringify(value) };
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return {};
  return JSON.parse(body.toString('utf8'));
}

export async function handleControl(core: ProviderEmulatorCore, req: EmulatorRequest): Promise<EmulatorReply> {
  const route = `${req.method} ${req.path.replace(/\/+$/, '')}`;
  const runtime = core.runtime;
  let input: unknown;
  try {
    input = parseJson(req.body);
  } catch {
    return json(400, { error: 'body is not JSON' });
  }
  try {
    switch (route) {
      case 'GET /_emulator/health':
        return json(200, { ok: true, provider: core.name });
      case 'POST /_emulator/reset': {
        const { seed, fixture } = resetSchema.parse(input);
        runtime.reset(seed);
        core.reset(seed, fixture);
        return json(200, { ok: true, seed, fixture });
      }
      case 'POST /_emulator/seed':
        return json(200, { ok: true, created: core.seed(input) });
      case 'GET /_emulator/snapshot':
        runtime.scheduler.runDue();
        return json(200, core.snapshot());
      case 'GET /_emulator/clock':
        return json(200, { now: runtime.clock.now(), iso: runtime.clock.nowIso(), frozen: runtime.clock.isFrozen() });
      case 'POST /_emulator/clock': {
        const change = clockSchema.parse(input);
        if (change.freeze) runtime.clock.freeze();
        if (change.unfreeze) runtime.clock.unfreeze();
        if (change.advanceMs) runtime.clock.advance(change.advanceMs);
        const transitions = runtime.scheduler.runDue();
        return json(200, { now: runtime.clock.now(), frozen: runtime.clock.isFrozen(), transitions });
      }
      case 'GET /_emulator/faults':
        return json(200, { faults: runtime.faults.list() });
      case 'POST /_emulator/faults': {
        const id = runtime.faults.arm(armFaultSchema.parse(input));
        return json(200, { ok: true, id });
      }
      case 'DELETE /_emulator/faults':
        runtime.faults.clear();
        return json(200, { ok: true });
      case 'GET /_emulator/model':
        return json(200, { model: runtime.faults.model?.spec ?? null });
      case 'POST /_emulator/model': {
        const spec = providerModelSchema.parse(input);
        runtime.faults.model = new ProviderModel(spec);
        return json(200, { ok: true });
      }
      case 'DELETE /_emulator/model':
        runtime.faults.model = null;
        return json(200, { ok: true });
      case 'GET /_emulator/calls': {
        const params = new URLSearchParams(req.rawQuery);
        const filter = {
          operation: params.get('operation') ?? undefined,
          account: params.get('account') ?? undefined,
          region: params.get('region') ?? undefined,
        };
        const calls = runtime.calls.list(filter);
        return json(200, { total: runtime.calls.total(), matched: calls.length, counts: runtime.calls.counts(), calls });
      }
      case 'DELETE /_emulator/calls':
        runtime.calls.clear();
        return json(200, { ok: true });
      default:
        return json(404, { error: `no control route ${route}` });
    }
  } catch (err) {
    if (err instanceof z.ZodError) return json(400, { error: 'invalid control request', issues: err.issues });
    return json(400, { error: err instanceof Error ? err.message : String(err) });
  }
}
