import { describe, expect, it } from 'vitest';
import { ipv4InCidr } from '../../src/domain/ipv4';

describe('ipv4InCidr', () => {
  it('holds the addresses from the network to the broadcast address, and none outside', () => {
    expect(ipv4InCidr('192.168.0.0', '192.168.0.0/24')).toBe(true);
    expect(ipv4InCidr('192.168.0.255', '192.168.0.0/24')).toBe(true);
    expect(ipv4InCidr('192.168.1.0', '192.168.0.0/24')).toBe(false);
    expect(ipv4InCidr('192.167.255.255', '192.168.0.0/24')).toBe(false);
    expect(ipv4InCidr('10.0.9.7', '10.0.9.0/29')).toBe(true);
    expect(ipv4InCidr('10.0.9.8', '10.0.9.0/29')).toBe(false);
  });

  it('ignores host bits of the block, and takes /0 and /32', () => {
    expect(ipv4InCidr('10.0.1.200', '10.0.1.5/24')).toBe(true);
    expect(ipv4InCidr('255.255.255.255', '0.0.0.0/0')).toBe(true);
    expect(ipv4InCidr('10.0.0.1', '10.0.0.1/32')).toBe(true);
    expect(ipv4InCidr('10.0.0.2', '10.0.0.1/32')).toBe(false);
  });

  it('answers false for what is not IPv4', () => {
    expect(ipv4InCidr('fd00::1', '192.168.0.0/24')).toBe(false);
    expect(ipv4InCidr('192.168.0.1', 'fd00::/64')).toBe(false);
    expect(ipv4InCidr('192.168.0.1', '192.168.0.0/33')).toBe(false);
    expect(ipv4InCidr('192.168.0.1', '192.168.0.0')).toBe(false);
  });
});
