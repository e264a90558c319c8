import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NetworkInterface, VirtualIp } from '../../../src/domain/resources';
import { carriesVirtualIp, interfacesCarrying, itemsWhere, virtualIpsOn } from '../../../src/graphql/common/relations';

// Only the fields the relations read; small id and address pools so items relate to none, one or several.
const ids = fc.constantFrom('eni-1', 'eni-2', 'eni-3', 'eni-4');
const addresses = fc.constantFrom('10.0.0.1', '10.0.0.2', '10.0.0.3');
const eni = (nativeId: string, virtualIpAddresses: string[]) => ({ nativeId, virtualIpAddresses }) as unknown as NetworkInterface;
const vip = (nativeId: string, address: string, boundInterfaceIds: string[]) => ({ nativeId, address, boundInterfaceIds }) as unknown as VirtualIp;
const enis = fc.uniqueArray(fc.tuple(ids, fc.array(addresses, { maxLength: 3 })), { selector: ([id]) => id }).map((list) => list.map(([id, carried]) => eni(id, carried)));
const vips = fc.array(fc.tuple(addresses, fc.array(ids, { maxLength: 3 })), { maxLength: 6 }).map((list) => list.map(([address, bound], i) => vip(`vip-${i}`, address, bound)));

describe('relationship lookups', () => {
  it('find the virtual IPs on an interface and the interfaces carrying a virtual IP as filtering does, in list order', () => {
    fc.assert(
      fc.property(enis, vips, (allEnis, allVips) => {
        for (const e of allEnis) expect(virtualIpsOn(e, allVips)).toEqual(allVips.filter((v) => carriesVirtualIp(e, v)));
        for (const v of allVips) expect(interfacesCarrying(v, allEnis)).toEqual(allEnis.filter((e) => carriesVirtualIp(e, v)));
      }),
    );
  });

  it('find the items with a key as filtering does, in list order', () => {
    fc.assert(
      fc.property(fc.array(fc.option(ids, { nil: null }), { maxLength: 8 }), ids, (keys, wanted) => {
        const list = keys.map((key, i) => ({ i, key }));
        expect(itemsWhere(list, 'key', (item) => item.key, wanted)).toEqual(list.filter((item) => item.key === wanted));
      }),
    );
  });
});
