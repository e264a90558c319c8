import type { SeedFixture } from './fixture';

/**
 * The demo fleet for one project (account × region), deterministic for a given project index:
 * a VPC with 2 subnets, 3 servers whose NICs are ACTIVE/DOWN/BUILD, 2 VIPs (one bound), 3 EIPs
 * (DOWN, ACTIVE bound, BINDING), a Direct Connect with 2 virtual interfaces each with an IPv4 peer
 * (one ACTIVE static, one PENDING_CREATE bgp).
 */
export function demoFixture(account: string, region: string, projectIndex: number, uuid: () => string): SeedFixture {
  const [vpc, subnetA, subnetB, web1, web2, web3, nic1, nic2, nic3, dc, vif1, vif2] = Array.from({ length: 12 }, uuid) as [
    string, string, string, string, string, string, string, string, string, string, string, string,
  ];
  const publicNet = `80.158.${projectIndex % 250}`;
  return {
    account,
    region,
    vpcs: [{ id: vpc, name: 'vpc-demo', cidr: '192.168.0.0/16' }],
    subnets: [
      { id: subnetA, vpc_id: vpc, name: 'subnet-app', cidr: '192.168.0.0/24', availability_zone: `${region}a` },
      { id: subnetB, vpc_id: vpc, name: 'subnet-db', cidr: '192.168.1.0/24', availability_zone: `${region}b` },
    ],
    servers: [
      { id: web1, name: 'web-1', status: 'ACTIVE', availability_zone: `${region}a` },
      { id: web2, name: 'web-2', status: 'SHUTOFF', availability_zone: `${region}a` },
      { id: web3, name: 'db-1', status: 'BUILD', availability_zone: `${region}b` },
    ],
    nics: [
      { id: nic1, server_id: web1, subnet_id: subnetA, ip_address: '192.168.0.11', status: 'ACTIVE', name: 'web-1-eth0' },
      { id: nic2, server_id: web2, subnet_id: subnetA, ip_address: '192.168.0.12', status: 'DOWN', name: 'web-2-eth0' },
      { id: nic3, server_id: web3, subnet_id: subnetB, ip_address: '192.168.1.13', status: 'BUILD', name: 'db-1-eth0' },
    ],
    vips: [
      { subnet_id: subnetA, ip_address: '192.168.0.100', name: 'vip-web', bound_nic_ids: [nic1] },
      { subnet_id: subnetB, ip_address: '192.168.1.100', name: 'vip-db' },
    ],
    publicips: [
      { public_ip_address: `${publicNet}.10`, status: 'DOWN', alias: 'eip-spare' },
      { public_ip_address: `${publicNet}.11`, status: 'ACTIVE', port_id: nic1, alias: 'eip-web-1', bandwidth_size: 10 },
      { public_ip_address: `${publicNet}.12`, status: 'BINDING', port_id: nic2, alias: 'eip-web-2' },
    ],
    direct_connects: [{ id: dc, name: 'dc-hq', bandwidth: 1000 }],
    virtual_interfaces: [
      { id: vif1, name: 'vif-hq-static', direct_connect_id: dc, vlan: 101, bandwidth: 100 },
      { id: vif2, name: 'vif-hq-bgp', direct_connect_id: dc, vlan: 102, bandwidth: 200 },
    ],
    vif_peers: [
      {
        vif_id: vif1,
        name: 'peer-static-v4',
        address_family: 'ipv4',
        local_gateway_ip: '10.0.0.1/30',
        remote_gateway_ip: '10.0.0.2/30',
        route_mode: 'static',
        remote_ep_group: ['172.16.0.0/16'],
        status: 'ACTIVE',
      },
      {
        vif_id: vif2,
        name: 'peer-bgp-v4',
        address_family: 'ipv4',
        local_gateway_ip: '10.0.1.1/30',
        remote_gateway_ip: '10.0.1.2/30',
        route_mode: 'bgp',
        bgp_asn: 64512,
        status: 'PENDING_CREATE',
      },
    ],
  };
}
