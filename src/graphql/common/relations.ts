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

const NONE: readonly number[] = [];

/** The items at the positions `keys` lead to in the indexes, in list order, each once. */
function pick<T>(list: readonly T[], lookups: ReadonlyArray<[Map<string, number[]>, readonly string[]]>): T[] {
  // Most items relate to none or one other: a set and a sort only when there are several.
  let only = -1;
  let several: Set<number> | null = null;
  for (const [index, keys] of lookups) {
    for (const key of keys) {
      for (const position of index.get(key) ?? NONE) {
        if (several) several.add(position);
        else if (only === -1 || only === position) only = position;
        else several = new Set([only, position]);
      }
    }
  }
  if (several) return [...several].sort((a, b) => a - b).map((position) => list[position] as T);
  return only === -1 ? [] : [list[only] as T];
}

/** The virtual IPs of `vips` that `eni` carries (same answer as filtering with carriesVirtualIp). */
export function virtualIpsOn<V extends VirtualIp>(eni: NetworkInterface, vips: readonly V[]): V[] {
  return pick(vips, [
    [positionsBy(vips, 'boundInterfaceIds', (vip) => vip.boundInterfaceIds), [eni.nativeId]],
    [positionsBy(vips, 'address', (vip) => [vip.address]), eni.virtualIpAddresses],
  ]);
}

/** The interfaces of `enis` that carry `vip` (same answer as filtering with carriesVirtualIp). */
export function interfacesCarrying<E extends NetworkInterface>(vip: VirtualIp, enis: readonly E[]): E[] {
  return pick(enis, [
    [positionsBy(enis, 'nativeId', (eni) => [eni.nativeId]), vip.boundInterfaceIds],
    [positionsBy(enis, 'virtualIpAddresses', (eni) => eni.virtualIpAddresses), [vip.address]],
  ]);
}

/** The items of `list` whose `keyOf` is `key`, in list order. */
export function itemsWhere<T extends object>(list: readonly T[], name: string, keyOf: (item: T) => string | null | undefined, key: string): T[] {
  const index = positionsBy(list, name, (item) => {
    const k = keyOf(item);
    return k == null ? [] : [k];
  });
  return pick(list, [[index, [key]]]);
}
