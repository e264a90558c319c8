/** `createVifPeer` → `CreateVifPeer`: mutation names become type-name prefixes. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** `NetworkInterface` → `networkInterface`: resource types become payload field names. */
export function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
