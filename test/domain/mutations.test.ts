import { describe, expect, it } from 'vitest';
import * as elasticIp from '../../src/domain/mutations/elastic-ip';
import * as networkInterface from '../../src/domain/mutations/network-interface';
import * as vifPeer from '../../src/domain/mutations/vif-peer';
import * as virtualIp from '../../src/domain/mutations/virtual-ip';
import { isSupported, MUTATION_NAMES, MUTATIONS, operationsOf, providersOf, type ProviderOperationSpec, type UnsupportedSpec } from '../../src/domain/mutations';
import { PROVIDERS } from '../../src/domain/resources';

describe('the mutation registry', () => {
  it('registers every descriptor the resource modules declare, once, under its own name', () => {
    const declared = [networkInterface, virtualIp, elasticIp, vifPeer].flatMap((m) => Object.values(m));
    expect(new Set(declared)).toEqual(new Set(Object.values(MUTATIONS)));
    for (const name of MUTATION_NAMES) expect(MUTATIONS[name].name).toBe(name);
  });

  it('names, for every provider, an operation with its completion or why there is none', () => {
    for (const name of MUTATION_NAMES) {
      for (const provider of PROVIDERS) {
        const spec: ProviderOperationSpec | UnsupportedSpec = MUTATIONS[name].providers[provider];
        if (isSupported(spec)) expect(operationsOf(name, provider)[0]).toBe(spec.operation);
        else expect(spec.unsupported.length).toBeGreaterThan(20);
      }
      expect(providersOf(name).length).toBeGreaterThan(0);
    }
  });

  it('maps every input field to a wire parameter of at least one provider that offers the mutation', () => {
    for (const name of MUTATION_NAMES) {
      const offered = providersOf(name);
      for (const [field, spec] of Object.entries(MUTATIONS[name].input)) {
        expect(offered.some((p) => spec.wire[p] !== undefined), `${name}.${field}`).toBe(true);
        for (const p of spec.requiredBy ?? []) expect(spec.wire[p], `${name}.${field} required by ${p}`).toBeDefined();
      }
    }
  });
});
