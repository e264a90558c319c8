import type { NetworkInterface, VirtualIp } from '../../domain/resources';

/** A virtual IP is on an interface when the VIP lists the interface or the interface carries the VIP's address. */
export function carriesVirtualIp(eni: NetworkInterface, vip: VirtualIp): boolean {
  return vip.boundInterfaceIds.includes(eni.nativeId) || eni.virtualIpAddresses.includes(vip.address);
}

/**
 * Relationship lookups over a partition's full list, indexed once per list (memoized by the list's
 * identity, which the per-request loaders and the list cache share), so a page of 500 items costs
 * 500 map lookups instead of 500 scans of the partition.
 */
const indexes = new WeakMap<readonly object[], Map<string, Map<string, number[]>>>();

/** The index of `list` by `name` when built already. */
function indexed(list: readonly object[], name: string): Map<string, number[]> | undefined {
  return indexes.get(list)?.get(name);
}

function positionsBy<T extends object>(list: readonly T[], name: string, keysOf: (item: T) => Iterable<string>): Map<string, number[]> {
  let byName = indexes.get(list);
  if (!byName) {
    byName = new Map();
    indexes.set(list, byName);
  }
  let index = byName.get(name);
  if (!index) {
    index = new Map();
    list.forEach((item, position) => {
      for (const key of new Set(keysOf(item))) {
        const at = index!.get(key);
        if (at) at.push(position);
        else index!.set(key, [position]);
      }
    });
    byName.set(name, index);
  }
  return index;
}

/**
 * The positions the keys lead to in the indexes, each once; then the items at them, in list order.
 * Called once per node of a page for each relationship field (a dashboard page: ~1,500 times), so
 * without an array, iterator or closure per call: most items relate to none or one other, a set
 * and a sort only when there are several.
 */
class Picked {
  private only = -1;
  private several: Set<number> | null = null;

  add(index: Map<string, number[]>, key: string): void {
    const positions = index.get(key);
    if (positions === undefined) return;
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i]!;
      if (this.several !== null) this.several.add(position);
      else if (this.only === -1 || this.only === position) this.only = position;
      else this.several = new Set([this.only, position]);
    }
  }

  addEach(index: Map<string, number[]>, keys: readonly string[]): void {
    for (let i = 0; i < keys.length; i++) this.add(index, keys[i]!);
  }

  items<T>(list: readonly T[]): T[] {
    if (this.several !== null) return [...this.several].sort((a, b) => a - b).map((position) => list[position] as T);
    return this.only === -1 ? [] : [list[this.only] as T];
  }
}

// The key functions the indexes are built with, made once (not one closure per call).
const boundInterfaceIdsOf = (vip: VirtualIp): readonly string[] => vip.boundInterfaceIds;
const addressOf = (vip: VirtualIp): readonly string[] => [vip.address];
const nativeIdOf = (eni: NetworkInterface): readonly string[] => [eni.nativeId];
const virtualIpAddressesOf = (eni: NetworkInterface): readonly string[] => eni.virtualIpAddresses;

/** The virtual IPs of `vips` that `eni` carries (same answer as filtering with carriesVirtualIp). */
export function virtualIpsOn<V extends VirtualIp>(eni: NetworkInterface, vips: readonly V[]): V[] {
  const picked = new Picked();
  picked.add(positionsBy(vips, 'boundInterfaceIds', boundInterfaceIdsOf), eni.nativeId);
  picked.addEach(positionsBy(vips, 'address', addressOf), eni.virtualIpAddresses);
  return picked.items(vips);
}

/** The interfaces of `enis` that carry `vip` (same answer as filtering with carriesVirtualIp). */
export function interfacesCarrying<E extends NetworkInterface>(vip: VirtualIp, enis: readonly E[]): E[] {
  const picked = new Picked();
  picked.addEach(positionsBy(enis, 'nativeId', nativeIdOf), vip.boundInterfaceIds);
  picked.add(positionsBy(enis, 'virtualIpAddresses', virtualIpAddressesOf), vip.address);
  return picked.items(enis);
}

/**
 * The items of `list` whose `keyOf` is `key`, in list order. `keyOf` is read only to build the
 * index (once per list and `name`): pass one made once, not a closure per call.
 */
export function itemsWhere<T extends object>(list: readonly T[], name: string, keyOf: (item: T) => string | null | undefined, key: string): T[] {
  const picked = new Picked();
  picked.add(indexed(list, name) ?? positionsBy(list, name, (item) => {
    const k = keyOf(item);
    return k == null ? [] : [k];
  }), key);
  return picked.items(list);
}
