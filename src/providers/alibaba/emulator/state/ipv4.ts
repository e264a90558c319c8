/** IPv4 arithmetic for vSwitch CIDR blocks. */

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

export function parseCidr(cidr: string): { network: number; size: number } {
  const [ip, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const network = Math.floor(ipToInt(ip ?? '0.0.0.0') / size) * size;
  return { network, size };
}

export function cidrContains(cidr: string, ip: string): boolean {
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return false;
  const { network, size } = parseCidr(cidr);
  const n = ipToInt(ip);
  return n >= network && n < network + size;
}
