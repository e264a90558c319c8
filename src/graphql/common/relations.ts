import type { NetworkInterface, VirtualIp } from '../../domain/resources';

/** A virtual IP is on an interface when the VIP lists the interface or the interface carries the VIP's address. */
export function carriesVirtualIp(eni: NetworkInterface, vip: VirtualIp): boolean {
  return vip.boundInterfaceIds.includes(eni.nativeId) || eni.virtualIpAddresses.includes(vip.address);
}
