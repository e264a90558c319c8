import { isIPv4 } from 'node:net';

/**
 * IPv4 arithmetic the provider-neutral layers need (a dry run's check of an address against a
 * subnet's CIDR); the providers' wire modules keep their own parsers for the wire's formats.
 */

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

/** Whether the IPv4 address lies in the IPv4 CIDR block (host bits of the block ignored); false when either is not IPv4. */
export function ipv4InCidr(address: string, cidr: string): boolean {
  const [network, prefixText] = cidr.split('/');
  if (!isIPv4(address) || network === undefined || !isIPv4(network) || prefixText === undefined || !/^\d{1,2}$/.test(prefixText)) return false;
  const prefix = Number(prefixText);
  if (prefix > 32) return false;
  const size = 2 ** (32 - prefix);
  const first = Math.floor(ipv4ToNumber(network) / size) * size;
  const n = ipv4ToNumber(address);
  return n >= first && n < first + size;
}
